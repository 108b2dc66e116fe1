package doc

import "testing"

// Every stage asks IsQuoteMark; a mark missing from it is a quotation one
// stage sees and another does not (a backtick opening "` Red Friday '").
func TestIsQuoteMark(t *testing.T) {
	for _, m := range []string{"\"", "``", "''", "“", "”", "‘", "’", "'", "`", "«", "»", "„"} {
		if !IsQuoteMark(m) {
			t.Errorf("IsQuoteMark(%q) = false, want true", m)
		}
	}
	for _, s := range []string{"'s", "’s", "-", ",", "a", ""} {
		if IsQuoteMark(s) {
			t.Errorf("IsQuoteMark(%q) = true, want false", s)
		}
	}
}

// A token's paragraph is its sentence's; a code point's is the span that
// holds it, none for the blank line between two paragraphs.
func TestParagraphOfAndAt(t *testing.T) {
	d := &Document{
		Paragraphs: []Span{{0, 10}, {12, 20}},
		Sentences:  []Sentence{{Span{0, 10}, 0, 2, 0}, {Span{12, 20}, 2, 3, 1}},
		Tokens:     []Token{{Span: Span{0, 4}}, {Span: Span{5, 10}}, {Span: Span{12, 20}, Sentence: 1}},
	}
	if d.ParagraphOf(1) != 0 || d.ParagraphOf(2) != 1 {
		t.Errorf("ParagraphOf: %d %d, want 0 1", d.ParagraphOf(1), d.ParagraphOf(2))
	}
	if d.ParagraphAt(9) != 0 || d.ParagraphAt(11) != -1 || d.ParagraphAt(12) != 1 {
		t.Errorf("ParagraphAt: %d %d %d, want 0 -1 1", d.ParagraphAt(9), d.ParagraphAt(11), d.ParagraphAt(12))
	}
}
