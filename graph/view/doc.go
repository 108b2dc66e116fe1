// Package view is the entity graph as people look at it: entities as nodes
// with readable labels, linked through the events, claims and relations
// that mention them, each link with its facts and their evidence. Both the
// analyst formats of graph/export and the page of `newsgraph serve` draw
// it, so a neighbourhood on the page and its export say the same thing
// with the same labels.
package view
