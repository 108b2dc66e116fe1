// Package relation reads stated relations between entities: family and
// affiliation ("her mother, Dee Dee", "Skims founder Kim Kardashian"),
// location ("born in Lagos") and works shown on a platform. It reads
// Tokens, Mentions and Entities and writes the Relations layer.
package relation
