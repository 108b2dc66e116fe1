package postag

import (
	"unicode"
	"unicode/utf8"
)

// A word's strings are never kept: the tagger works on 64-bit hashes of
// the normalized form and its affixes, computed once per word and sentence
// into a reused buffer, so tagging allocates (almost) nothing.

// hashing: FNV-1a over bytes, then values combine through mix.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func hashBytes(b []byte) uint64 {
	h := uint64(offset64)
	for _, c := range b {
		h ^= uint64(c)
		h *= prime64
	}
	return h
}

func hashString(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

// mix combines a feature under construction with one more value
// (a template id, a word hash, a tag); order matters.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9E3779B97F4A7C15 + h<<6 + h>>2
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>31
}

// appendNorm appends the normalized form of w to dst: lower case, every
// digit 0, typographic quotes and dashes straightened. Words that differ
// only so share their statistics ("1996"/"2004", "Don’t"/"don't").
func appendNorm(dst []byte, w string) []byte {
	start := len(dst)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			case c == '`':
				c = '\''
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch r {
		case '“', '”', '«', '»', '„':
			dst = append(dst, '"')
		case '‘', '’', '‚':
			dst = append(dst, '\'')
		case '–', '—', '‐', '‑':
			dst = append(dst, '-')
		default:
			if unicode.IsDigit(r) {
				dst = append(dst, '0')
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
	}
	if string(dst[start:]) == "''" { // the PTB closing quote, `` having become ''
		dst = append(dst[:start], '"')
	}
	return dst
}

// Norm returns the normalized form of a word (see appendNorm): the key of
// the word clusters given to Train.
func Norm(w string) string { return string(appendNorm(nil, w)) }

// AppendNorm appends Norm(w) to dst: the parser reads the word clusters
// with the tagger's keys without a string per word.
func AppendNorm(dst []byte, w string) []byte { return appendNorm(dst, w) }

// shape kinds, one byte each
const (
	flagUpper  = 1 << iota // first letter upper case
	flagAllCap             // at least two letters, all upper case
	flagDigit              // has a digit
	flagHyphen             // has an inner hyphen
	flagAlpha              // has a letter
	flagPunct              // no letter and no digit
	flagTitle              // the sentence is in title case (set by fillToks)
)

// appendShape appends the collapsed shape of w ("Xx", "X.X.", "d,d",
// "xx-x"... runs of one kind of character collapse to two) to dst and
// returns the flags of w.
func appendShape(dst []byte, w string) ([]byte, uint8) {
	var flags uint8
	letters, uppers := 0, 0
	var last byte
	run := 0
	for i, r := range w {
		var k byte
		switch {
		case unicode.IsUpper(r):
			k = 'X'
			letters++
			uppers++
			if i == 0 {
				flags |= flagUpper
			}
		case unicode.IsLetter(r):
			k = 'x'
			letters++
		case unicode.IsDigit(r):
			k = 'd'
			flags |= flagDigit
		default:
			k = byte(r)
			if r >= utf8.RuneSelf {
				k = '*'
			}
			if r == '-' && i > 0 && i < len(w)-1 {
				flags |= flagHyphen
			}
		}
		if k == last {
			run++
		} else {
			run = 1
		}
		last = k
		if run <= 2 && len(dst) < 12 {
			dst = append(dst, k)
		}
	}
	if letters > 0 {
		flags |= flagAlpha
	}
	if letters >= 2 && uppers == letters {
		flags |= flagAllCap
	}
	if letters == 0 && flags&flagDigit == 0 {
		flags |= flagPunct
	}
	return dst, flags
}
