package lex

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// sayingIdiomHeads govern a "to say" that says nothing ("needless to say",
// "suffice it to say"); lex common/sayingIdiomHeads.
var sayingIdiomHeads = Words("common/sayingIdiomHeads")

// suppositionVerbs put what follows as a supposition; lex
// common/suppositionVerbs.
var suppositionVerbs = Words("common/suppositionVerbs")

// SayingIdiom reports whether word w, a form of "say", stands in a fixed
// phrase of discourse that reports no act of saying and frames no claim:
// the markers "That said," and "Having said that,", a supposition ("Let's
// say the plan fails"), "needless to say", "suffice it to say", "to say
// the least". It reads the words around w as well as the parse, which
// often misreads these phrases ("Having said that, the mayor will run":
// "that" as the complementizer of a reported clause). The event and
// quote stages both ask it, so a phrase is an idiom for both or neither.
func SayingIdiom(d *doc.Document, w int) bool {
	low := func(k int) string {
		if x := wordBeside(d, w, k); x != nil {
			return strings.ToLower(x.Text)
		}
		return ""
	}
	if strings.ToLower(d.Words[w].Lemma) != "say" {
		return false
	}
	if low(w-1) == "having" && low(w+1) == "that" && low(w+2) == "," || demonstrativeSaid(d, w) {
		return true
	}
	if h := d.Words[w].Head; h >= 0 {
		hl := strings.ToLower(d.Words[h].Lemma)
		if hl == "let" && d.Words[h].XPOS == "VB" && len(d.Dependents(h, "nsubj")) == 0 && w > h && w-h <= 3 &&
			!strings.HasPrefix(strings.ToLower(d.Words[w].Text), "said") {
			for _, o := range d.Dependents(h, "obj") {
				if t := low(o); t == "us" || t == "'s" || t == "’s" {
					return true // "Let's say the plan fails": a supposition
				}
			}
		}
		if sayingIdiomHeads[hl] {
			return true
		}
	}
	return low(w-1) == "to" && low(w+1) == "the" && low(w+2) == "least"
}

// wordBeside is word k when it stands in word w's sentence, nil otherwise.
func wordBeside(d *doc.Document, w, k int) *doc.Word {
	if k < 0 || k >= len(d.Words) || d.Words[k].Sentence != d.Words[w].Sentence {
		return nil
	}
	return &d.Words[k]
}

// demonstrativeSaid reports "said" in the marker "That said," or "This
// said,": a demonstrative pointing back at the text is its only argument
// and a comma closes the phrase. By the words (the marker opens its
// sentence or follows a conjunction: "But that said,") or by the parse
// (its one argument "that", a comma after it, nothing said).
func demonstrativeSaid(d *doc.Document, w int) bool {
	word := func(k int) *doc.Word { return wordBeside(d, w, k) }
	next, dem := word(w+1), word(w-1)
	if next == nil || next.Text != "," {
		return false
	}
	if dem != nil && dem.XPOS == "DT" && (strings.EqualFold(dem.Text, "that") || strings.EqualFold(dem.Text, "this")) {
		if before := word(w - 2); before == nil || before.UPOS == "CCONJ" {
			return true
		}
	}
	if len(d.Dependents(w, "ccomp", "xcomp", "parataxis", "obl", "iobj")) > 0 {
		return false
	}
	args := d.Dependents(w, "nsubj", "nsubj:pass", "obj")
	return len(args) == 1 && args[0] == w-1 && strings.EqualFold(d.Words[args[0]].Text, "that")
}

// Supposing reports whether word w puts its complement clause as a
// supposition to the reader, not a fact: "Let's say the plan fails", or
// an imperative of a verb of supposing that opens its clause ("Suppose
// the plan fails", "Now imagine the mayor resigns"), with no subject,
// auxiliary or mark of its own.
func Supposing(d *doc.Document, w int) bool {
	word := d.Words[w]
	l := strings.ToLower(word.Lemma)
	if l == "say" {
		if h := word.Head; h >= 0 && strings.ToLower(d.Words[h].Lemma) == "let" {
			return SayingIdiom(d, w)
		}
		return false
	}
	if !suppositionVerbs[l] || word.XPOS != "VB" || len(d.Dependents(w, "nsubj", "aux", "mark", "expl")) > 0 {
		return false
	}
	for k := w - 1; k >= 0 && d.Words[k].Sentence == word.Sentence; k-- {
		if u := d.Words[k].UPOS; u != "ADV" && u != "PUNCT" && u != "CCONJ" && u != "INTJ" {
			return false // "... to suppose", "they assume": no imperative
		}
	}
	return true
}
