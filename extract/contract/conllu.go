package contract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/internal/conllu"
)

// CoNLLU renders the word layer of d as CoNLL-U sentences (the format of
// Universal Dependencies, which ../shared/eval/ud/ud-score reads): forms,
// lemmas, tags, heads and relations, SpaceAfter=No where no space follows
// a word, and the document, paragraph, sentence id and text as comments.
func CoNLLU(d *doc.Document) []conllu.Sentence {
	out := make([]conllu.Sentence, 0, len(d.Sentences))
	for si, s := range d.Sentences {
		first, last := d.SentenceWords(si)
		if first == last {
			continue
		}
		var cs conllu.Sentence
		if si == 0 {
			cs.Comments = append(cs.Comments, "newdoc id = "+d.ID)
		}
		if si == 0 || d.Sentences[si-1].Paragraph != s.Paragraph {
			cs.Comments = append(cs.Comments, fmt.Sprintf("newpar id = %s-p%d", d.ID, s.Paragraph+1))
		}
		cs.Comments = append(cs.Comments, fmt.Sprintf("sent_id = %s-%d", d.ID, si+1),
			"text = "+strings.Join(strings.Fields(d.Slice(s.Span)), " "))
		for wi := first; wi < last; wi++ {
			w := d.Words[wi]
			head := 0
			if w.Head >= 0 {
				head = w.Head - first + 1
			}
			misc := ""
			if wi+1 < len(d.Words) && d.Words[wi+1].Start == w.End {
				misc = "SpaceAfter=No"
			}
			cs.Words = append(cs.Words, conllu.Word{ID: wi - first + 1, Form: w.Text, Lemma: w.Lemma,
				UPOS: w.UPOS, XPOS: w.XPOS, Head: head, Deprel: w.Rel, Misc: misc})
		}
		cs.Tokens = multiwordTokens(d, first, last)
		out = append(out, cs)
	}
	return out
}

// multiwordTokens groups the words [first, last) that UD writes as one
// orthographic token: a word with the clitics attached to it ("do" + "n't",
// "Elena" + "'s") and a word split into two ("can" + "not" of "cannot").
// Parts of a hyphenated or slashed compound stay tokens of their own.
func multiwordTokens(d *doc.Document, first, last int) []conllu.Token {
	var out []conllu.Token
	for wi := first; wi < last; {
		end := wi + 1
		for end < last && d.Words[end].Start == d.Words[end-1].End && joins(d, end) {
			end++
		}
		if end > wi+1 {
			out = append(out, conllu.Token{First: wi - first + 1, Last: end - first,
				Form: d.Slice(doc.Span{Start: d.Words[wi].Start, End: d.Words[end-1].End})})
		}
		wi = end
	}
	return out
}

// joins reports whether word w belongs to the token of the word before it.
func joins(d *doc.Document, w int) bool {
	cur, prev := d.Words[w], d.Words[w-1]
	if cur.Token == prev.Token {
		return !isJoiner(cur.Text) && !isJoiner(prev.Text)
	}
	if cur.Text == "'" || cur.Text == "’" { // plural possessive: "others'"
		return strings.HasSuffix(strings.ToLower(prev.Text), "s")
	}
	return slices.Contains(clitics, strings.ToLower(cur.Text))
}

func isJoiner(s string) bool { return s == "-" || s == "/" }

// clitics are the words UD writes inside the token of the word before.
var clitics = lex.List("tokenize/clitics")
