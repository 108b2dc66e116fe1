package lex

import "strings"

// English verb inflection, written once: the forms of a base (ThirdPerson,
// RegularPast, Gerund: the speech-verb lexicon is built with them), and the
// base of a form (VerbLemma: open relations are named by it), with the
// irregular forms as data (data/common.txt, irregularVerbs).

// ThirdPerson is the third-person singular of a regular verb base.
func ThirdPerson(b string) string {
	switch {
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x"):
		return b + "es"
	case strings.HasSuffix(b, "y") && !vowelBefore(b):
		return b[:len(b)-1] + "ies"
	}
	return b + "s"
}

// RegularPast is the -ed form of a regular verb base (doubling the last
// consonant of the bases listed in qDoubled).
func RegularPast(b string) string {
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case strings.HasSuffix(b, "y") && !vowelBefore(b):
		return b[:len(b)-1] + "ied"
	case qDoubled[b]:
		return b + b[len(b)-1:] + "ed"
	}
	return b + "ed"
}

// Gerund is the -ing form of a verb base.
func Gerund(b string) string {
	switch {
	case strings.HasSuffix(b, "ee"):
		return b + "ing"
	case strings.HasSuffix(b, "e"):
		return b[:len(b)-1] + "ing"
	case qDoubled[b]:
		return b + b[len(b)-1:] + "ing"
	}
	return b + "ing"
}

// vowelBefore reports whether the letter before b's last is a vowel.
func vowelBefore(b string) bool { return len(b) >= 2 && isVowel(b[len(b)-2]) }

// IrregularVerbs maps irregular past forms to their lemma.
var IrregularVerbs = Table("common/irregularVerbs")

// VerbLemma strips English verb inflection by rule: irregular forms from
// the table; -ied/-ies -> y; -ed with consonant doubling undone and a final
// e restored where English spelling drops it (praised, named, hired);
// -es after sibilants; -s.
func VerbLemma(w string) string {
	if l, ok := IrregularVerbs[w]; ok {
		return l
	}
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "reed") || strings.HasSuffix(w, "teed"):
		return w[:len(w)-1] // agreed, guaranteed (not need, proceed)
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return restoreStem(w[:len(w)-2])
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// restoreStem undoes what -ed did to a stem: "stopp" -> stop, "prais" ->
// praise, "nam" -> name, "creat" -> create.
func restoreStem(st string) string {
	n := len(st)
	last := st[n-1]
	if n >= 3 && st[n-2] == last && !isVowel(last) && strings.IndexByte("lsfzd", last) < 0 {
		return st[:n-1] // stopped, planned
	}
	if last == 'e' {
		return st
	}
	prevVowel := n >= 2 && isVowel(st[n-2])
	doubleVowel := n >= 3 && isVowel(st[n-3])
	switch {
	case last == 'l' && n >= 3 && !isVowel(st[n-2]) && st[n-2] != 'l' && st[n-2] != 'r':
		return st + "e" // handled, tangled (not called, curled)
	case last == 'd' && prevVowel && !doubleVowel:
		return st + "e" // included, provided (not needed)
	case strings.IndexByte("cvzg", last) >= 0 && !(last == 'g' && n >= 2 && st[n-2] == 'n'):
		return st + "e" // forced, solved, seized, managed (not signed: handled by ng below)
	case last == 's' && prevVowel && (!strings.HasSuffix(st, "us") || strings.HasSuffix(st, "aus")):
		return st + "e" // praised, released, caused (not focused)
	case prevVowel && !doubleVowel && strings.IndexByte("mtk", last) >= 0 && n <= 6 &&
		!strings.HasSuffix(st, "it") && !strings.HasSuffix(st, "et"):
		return st + "e" // named, voted, liked (not claimed, visited, targeted)
	case prevVowel && !doubleVowel && last == 'r' && (st[n-2] == 'i' || st[n-2] == 'u'):
		return st + "e" // hired, secured (not entered)
	case strings.HasSuffix(st, "at") && !strings.HasSuffix(st, "eat") && n > 4:
		return st + "e" // donated, relocated (not defeated)
	}
	return st
}

// PastForm reports a past tense or participle: regular -ed or a common irregular.
func PastForm(w string) bool {
	if strings.HasSuffix(w, "ed") && len(w) > 4 {
		return true
	}
	switch w {
	case "sued", "used", "owed", "met", "fell", "fallen", "rose", "risen", "grew", "sold", "bought", "flew", "told", "said", "wed",
		"shut", "quit", "hurt", "dead", "born", "freed", "led", "won", "lost", "made", "held", "took", "gave":
		return true
	}
	return false
}

// AgentPlural reports a plural noun by an ending only nouns have, the
// test open relations use for their subjects: -s words whose ending only nouns have ("Pentagon officials",
// "party activists", "the committee members" read as noun phrases).
func AgentPlural(w string) bool {
	for _, suf := range []string{"ists", "ians", "ials", "ments", "tions", "sions", "ships", "ities", "ates", "bers"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
