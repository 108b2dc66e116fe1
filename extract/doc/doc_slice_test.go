package doc

import (
	"testing"
	"time"
	"unicode/utf8"
)

// Slice counts code points whatever the text: plain ASCII (copied by
// bytes), accented letters, curly quotes and emoji (copied by the byte
// offsets of the code points), and invalid bytes, each one U+FFFD.
func TestSliceByCodePoints(t *testing.T) {
	for _, c := range []struct {
		text  string
		span  Span
		want  string
		ascii bool
	}{
		{"The mayor spoke.", Span{4, 9}, "mayor", true},
		{"Zoë Ngata spoke.", Span{0, 3}, "Zoë", false},
		{"Zoë Ngata spoke.", Span{4, 9}, "Ngata", false},
		{"a\xffb spoke", Span{0, 3}, "a\uFFFDb", false},
		{"a\xffb “spoke”", Span{4, 11}, "“spoke”", false},
		{"Zoë said “yes” 😀", Span{9, 14}, "“yes”", false},
		{"Zoë said “yes” 😀", Span{15, 16}, "😀", false},
		{"Zoë", Span{3, 3}, "", false},
		{"The mayor spoke.", Span{9, 4}, "", true},
		{"The mayor spoke.", Span{4, 99}, "", true},
	} {
		d := NewDocument("t", c.text, time.Time{})
		if got := d.Slice(c.span); got != c.want {
			t.Errorf("%q %v: %q, want %q", c.text, c.span, got, c.want)
		}
		if d.ascii != c.ascii {
			t.Errorf("%q: ascii %v", c.text, d.ascii)
		}
		// valid UTF-8 beyond ASCII is sliced by byte offsets
		if valid := !c.ascii && utf8.ValidString(c.text); valid != (d.bytes != nil) {
			t.Errorf("%q: byte offsets %v", c.text, d.bytes != nil)
		}
		lazy := &Document{Text: c.text}
		if got := lazy.Slice(c.span); got != c.want {
			t.Errorf("%q %v without NewDocument: %q, want %q", c.text, c.span, got, c.want)
		}
	}
}
