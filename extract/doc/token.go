package doc

import (
	_ "embed"
	"strings"
	"unicode"
)

// IsDash reports whether a token is a dash of any kind.
func IsDash(s string) bool { return s == "-" || s == "—" || s == "–" || s == "--" || s == "―" }

func SameSentence(d *Document, a, b int) bool { return d.Tokens[a].Sentence == d.Tokens[b].Sentence }

func IsWordToken(s string) bool {
	for _, c := range s {
		return c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c > 127
	}
	return false
}

func IsPossessiveMark(t string) bool { return t == "'s" || t == "’s" || t == "'" || t == "’" }

// IsQuoteMark reports whether token t opens or closes a quotation: straight
// and curly marks, single and double, the Penn Treebank's two-character
// forms of the double marks, a lone backtick, and the guillemets and low
// mark that quoted foreign text keeps. The one list every stage asks.
func IsQuoteMark(t string) bool {
	switch t {
	case "\"", "``", "''", "“", "”", "‘", "’", "'", "`", "«", "»", "„":
		return true
	}
	return false
}

func Abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// IsCredit reports whether the mention at token k is a photo or image
// credit: "© Disney", "Photo: Reuters", "Credit: AP".
func IsCredit(d *Document, k int) bool {
	if k == 0 {
		return false
	}
	prev := strings.ToLower(d.Tokens[k-1].Text)
	if prev == "©" || prev == "(c)" {
		return true
	}
	word := ""
	switch {
	case prev == ":" && k >= 2:
		word = strings.ToLower(d.Tokens[k-2].Text)
	case strings.HasSuffix(prev, ":"):
		word = strings.TrimSuffix(prev, ":")
	}
	switch word {
	case "photo", "credit", "image", "picture", "source":
		return true
	}
	return false
}

func IsPossessive(s string) bool {
	switch strings.ToLower(s) {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// IsReflexive reports whether s, in any case, is a reflexive pronoun's
// form ("himself", "Themselves"): the one test of event, coref and quote.
func IsReflexive(s string) bool {
	s = strings.ToLower(s)
	return strings.HasSuffix(s, "self") || strings.HasSuffix(s, "selves")
}

// IsEdgeJunk is punctuation that cannot begin or end a name.
func IsEdgeJunk(s string) bool {
	switch s {
	case "\"", "“", "”", "‘", "’", "'", "(", ")", "[", "]", ",", ";", ":", "-", "--", "—", "–", "``", "''", "|", "/":
		return true
	}
	return IsCreditMark(s)
}

func IsCreditMark(s string) bool {
	return s == "©" || s == "(c)" || s == "(C)" || s == "®" || s == "|"
}

func IsCapitalised(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func IsNumber(s string) bool {
	for _, c := range s {
		if (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return s != ""
}

// IsLowerWord reports whether t is a word in lower case: not a name, which
// keeps its own extent ("the [United States] government" is left alone).
func IsLowerWord(t string) bool { return IsWordToken(t) && t == strings.ToLower(t) }

func StartsUpper(s string) bool {
	for _, c := range s {
		return unicode.IsUpper(c)
	}
	return false
}

// IsDigits reports whether w is a non-empty run of ASCII digits.
func IsDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// AtDateline reports whether tokens [first, last) open their sentence and
// are followed by a dateline's dash or news agency, maybe after a date
// ("WASHINGTON ―", "LOS ANGELES (AP) —", "PARIS, May 3 (AFP) —"): the
// place a report was filed from. The caller checks the capitals.
func AtDateline(d *Document, first, last int) bool {
	if last >= len(d.Tokens) || first > 0 && d.Tokens[first-1].Sentence == d.Tokens[first].Sentence {
		return false
	}
	// the dash or the agency may follow a date: "NEW YORK, Nov. 19 (UPI) —"
	for k := last; k < len(d.Tokens) && k < last+6; k++ {
		next := d.Tokens[k].Text
		if IsDash(next) || next == "―" || next == "(" {
			return true
		}
		if next != "" && unicode.IsLower([]rune(next)[0]) || k > last && next == "," {
			return false
		}
	}
	return false
}
