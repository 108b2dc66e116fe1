package doc

import "sort"

// SortMentions puts the mention layer back in text order (by start, a
// longer mention before a shorter one at the same start) after a stage
// appended mentions out of order, and renumbers every reference to a
// mention: the entities' lists, quote speakers and addressees, event
// arguments, places and factuality sources, and relations. Later stages
// and the output rely on mentions in text order.
func (d *Document) SortMentions() {
	order := make([]int, len(d.Mentions))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ma, mb := d.Mentions[order[a]], d.Mentions[order[b]]
		if ma.Start != mb.Start {
			return ma.Start < mb.Start
		}
		return ma.End > mb.End
	})
	to := make([]int, len(order)) // old index -> new index
	sorted := make([]Mention, len(order))
	for i, o := range order {
		to[o] = i
		sorted[i] = d.Mentions[o]
	}
	d.Mentions = sorted
	re := func(mi *int) {
		if *mi >= 0 && *mi < len(to) {
			*mi = to[*mi]
		}
	}
	for e := range d.Entities {
		d.Entities[e].Mentions = d.Entities[e].Mentions[:0]
	}
	for i, m := range d.Mentions {
		if m.Entity >= 0 {
			d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, i)
		}
	}
	for i := range d.Quotes {
		re(&d.Quotes[i].Speaker)
		re(&d.Quotes[i].Addressee)
		for k := range d.Quotes[i].CoSpeakers {
			re(&d.Quotes[i].CoSpeakers[k])
		}
	}
	for i := range d.Events {
		ev := &d.Events[i]
		for k := range ev.Args {
			re(&ev.Args[k].Mention)
		}
		re(&ev.Place)
		re(&ev.Factuality.Source)
	}
	for i := range d.Relations {
		re(&d.Relations[i].Holder)
		re(&d.Relations[i].Relative)
	}
}
