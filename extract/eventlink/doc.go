// Package eventlink gives events an identity across documents: the same
// real-world event reported by several articles of a corpus (or twice in
// one article) gets the same id, as link gives entities theirs.
//
// Two reports are taken as one event when they are of one type, sit in
// articles that tell the same story (articles that share their rarer
// named entities: story.go), and nothing they say sets them apart: no
// named participant of one role that the other lacks for that role (a
// body and its member, as the articles of the story tie them, count as
// one: member.go), no two dates that cannot be one (cluster.go). Reported speech is the
// exception: every "said" of a story is not one statement, so statements
// join only across articles, when they have a named speaker in common
// and are dated to the same day.
//
// Like link, resolution is a function of the set of articles, never of
// the order they came in: stories, groups and candidate pairs are all
// ordered by article keys and event indices. The package reads the Events
// layer of finished documents after their entities have their corpus ids
// (Records, then Article.Rename); it knows nothing of the graph.
package eventlink
