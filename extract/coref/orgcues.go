package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The name tagger learnt from CoNLL-2003, where a maker's name stands as
// often for its product ("an Airbus", "Boeing 747s") as for the firm, so
// it often types company names as OTHER. The text around a name tells
// which one is meant: a firm speaks, has a spokesman, and has shares.

// firmNouns follow a firm's name, with or without 's: "Boeing spokesman",
// "Airbus's chief executive", "Fiat shares".
var firmNouns = lex.Words("coref/firmNouns")

// firmKinds name the kind of firm before its name: "airframer Boeing",
// "European aircraft manufacturer, Airbus", "rival Airbus".
var firmKinds = lex.Words("coref/firmKinds")

// firmVerbs follow a firm's name as its verb: "Airbus said", "Boeing
// announced". Places and people speak too, but they are not typed OTHER.
var firmVerbs = lex.Words("coref/firmVerbs")

// strongFirmNouns follow a firm's name, never a person's: "Lockheed
// Martin CEO", "Chrysler shareholders". A region has its own CEO ("the
// North America CEO"), so they say nothing of a name typed as a place.
var strongFirmNouns = lex.Words("coref/strongFirmNouns")

// cueLevel says which cues may retype a name: all of them for a name
// typed OTHER; for a person, only those that never fit a person (a CEO,
// the kind of firm before it, "stake in"); for a place, only the kind of
// firm before it and "stake in", "shares of".
type cueLevel int

const (
	anyCue cueLevel = iota
	personCue
	placeCue
)

// retypeAsFirm reports whether an entity the tagger typed t, with these
// NAME mentions, is a firm.
func retypeAsFirm(d *doc.Document, t doc.EntityType, mentions []int) bool {
	switch t {
	case doc.Other:
		return actsAsOrganization(d, mentions, anyCue)
	case doc.Person:
		return actsAsOrganization(d, mentions, personCue)
	case doc.Place:
		return actsAsOrganization(d, mentions, placeCue)
	}
	return false
}

// actsAsOrganization reports whether one of the NAME mentions (indices
// into d.Mentions) stands where only an organisation can: before a firm
// noun or a firm verb, after the kind of firm it is ("airframer Boeing"),
// or after "shares of", "shares in", "stake in".
// Nationality words ("American", "Japanese") are never firms this way.
func actsAsOrganization(d *doc.Document, mentions []int, level cueLevel) bool {
	for _, mi := range mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.Name || lex.IsDemonym(m.Text) {
			continue
		}
		k := m.LastTok
		if k < len(d.Tokens) && doc.IsPossessive(d.Tokens[k].Text) {
			k++
		}
		if k < len(d.Tokens) && doc.SameSentence(d, k, m.FirstTok) {
			w := strings.ToLower(d.Tokens[k].Text)
			if level == placeCue {
				w = "" // "Japanese shares", "the Europe CEO", "Russia said"
			}
			if w == "chief" && k+1 < len(d.Tokens) && strings.EqualFold(d.Tokens[k+1].Text, "executive") {
				return true
			}
			if strongFirmNouns[w] || (firmNouns[w] && level == anyCue) {
				return true
			}
			if level != anyCue {
				w = "" // people speak and announce too
			}
			if k == m.LastTok && (w == "has" || w == "have" || w == "had") && k+1 < len(d.Tokens) {
				w = strings.ToLower(d.Tokens[k+1].Text) // "Boeing has announced"
			}
			if k == m.LastTok && firmVerbs[w] {
				return true
			}
		}
		if b := m.FirstTok; b >= 1 && doc.SameSentence(d, b-1, b) {
			p := strings.ToLower(d.Tokens[b-1].Text)
			if p == "," && b >= 2 {
				p = strings.ToLower(d.Tokens[b-2].Text)
			}
			if firmKinds[p] && !(level != anyCue && (p == "rival" || p == "giant")) {
				return true // a rival or a giant may be a team or a person
			}
		}
		if b := m.FirstTok; b >= 2 && doc.SameSentence(d, b-2, b) {
			p, q := strings.ToLower(d.Tokens[b-2].Text), strings.ToLower(d.Tokens[b-1].Text)
			if (p == "shares" || p == "stake") && (q == "of" || q == "in") {
				return true
			}
		}
	}
	return false
}
