package linear

// Feature hashes a feature template id and its string value with 64-bit
// FNV-1a. Templates keep "the word is X" and "the next word is X" apart.
func Feature(template uint32, value string) uint64 {
	return Add(Start(template), value)
}

// Start begins a feature of the given template; Add and AddInt extend it
// with values ("tag of s0" + "tag of b0").
func Start(template uint32) uint64 {
	h := uint64(offset64)
	for i := 0; i < 4; i++ {
		h ^= uint64(byte(template >> (8 * i)))
		h *= prime64
	}
	return h
}

// Add extends feature h with a string value.
func Add(h uint64, value string) uint64 {
	h ^= 0xff // separates values: ("ab","c") != ("a","bc")
	h *= prime64
	for i := 0; i < len(value); i++ {
		h ^= uint64(value[i])
		h *= prime64
	}
	return h
}

// AddInt extends feature h with a small integer value (a tag or label id,
// a distance).
func AddInt(h uint64, v int) uint64 {
	h ^= 0xfe
	h *= prime64
	for i := 0; i < 4; i++ {
		h ^= uint64(byte(v >> (8 * i)))
		h *= prime64
	}
	return h
}

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)
