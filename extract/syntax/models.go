package syntax

import "sync"

// trained holds the stage's models.
type trained struct {
	tagger Tagger
	parser Parser
}

// models loads the embedded models once, on first use.
var models = sync.OnceValue(func() trained { return trained{} })
