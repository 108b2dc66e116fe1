package lex

import (
	"strings"
)

// EventTriggers maps a trigger word to its event type (data/common.txt,
// eventTriggers).
var EventTriggers = eventTriggers()

func eventTriggers() map[string]string {
	out := map[string]string{}
	for _, line := range lookup("common/eventTriggers", "lines").entries {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			out[w] = f[0]
		}
	}
	return out
}
