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
