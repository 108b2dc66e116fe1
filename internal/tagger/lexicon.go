package tagger

// Lexicon records how a word is usually written in running text: almost
// always lower case ("heads", "meeting"), almost always capitalised
// ("Oslo"), or either. Inside a document the casing of other occurrences
// decides this (see docCtx), but a short item such as a title-case headline
// with no body has no other occurrences; the corpus-wide habit of the word
// is what keeps "Man Wins Big At County Fair" from being read as a name.
// It is built from the training text only.
//
// It also carries the word clusters (see Clusters), the other fact about
// words that the training text tells without labels.
type Lexicon struct {
	counts   map[string][2]int32 // low -> lower-case, capitalised occurrences
	class    map[string]uint8    // low -> casing class 1..4, after Freeze
	clusters *Clusters
}

// SetClusters attaches word clusters to the lexicon.
func (l *Lexicon) SetClusters(c *Clusters) { l.clusters = c }

func (l *Lexicon) clusterOf(low string) uint16 {
	if l == nil {
		return 0
	}
	return l.clusters.classOf(low)
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon { return &Lexicon{counts: map[string][2]int32{}} }

// AddDoc counts the casing of a document's words where casing is
// informative: not in headlines, not sentence-initially.
func (l *Lexicon) AddDoc(d Doc) {
	for _, s := range d {
		ts := make([]tokInfo, len(s))
		for i, w := range s {
			ts[i] = newTokInfo(w)
		}
		if classify(ts) != sentNormal {
			continue
		}
		for i, t := range ts {
			if i == 0 || isOpener(ts[i-1].low) {
				continue
			}
			c := l.counts[t.low]
			switch {
			case t.lower:
				c[0]++
			case t.cap && !t.upper:
				c[1]++
			default:
				continue
			}
			l.counts[t.low] = c
		}
	}
}

// Freeze turns counts into casing classes, keeping words seen at least
// three times.
func (l *Lexicon) Freeze() *Lexicon {
	l.class = map[string]uint8{}
	for w, c := range l.counts {
		n := c[0] + c[1]
		if n < 3 {
			continue
		}
		r := float64(c[1]) / float64(n)
		switch {
		case r < 0.1:
			l.class[w] = 1
		case r < 0.5:
			l.class[w] = 2
		case r < 0.9:
			l.class[w] = 3
		default:
			l.class[w] = 4
		}
	}
	l.counts = nil
	return l
}

// Len is the number of words with a casing class.
func (l *Lexicon) Len() int { return len(l.class) }

func (l *Lexicon) classOf(low string) uint8 {
	if l == nil {
		return 0
	}
	return l.class[low]
}
