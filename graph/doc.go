// Package graph stores newsgraph articles in a Cayley quad store. It knows
// nothing of language: it takes triples.Article values and writes them as
// quads, one labelled set per article, so that an article can be loaded
// again, replaced or removed as a unit.
//
// # Backends
//
// Open takes a DSN: a directory or bbolt:DIR (the default backend, the file
// DIR/indexes.bolt, Cayley's own layout), memory: (memstore), postgres://…
// or postgresql://… (Cayley's SQL backend), cockroach://… (the same SQL
// backend on CockroachDB). The store is created on first use. A bbolt file
// locked by another process fails after DefaultLockTimeout.
//
// # Literals
//
// Literal maps triple objects onto Cayley values: IRI -> quad.IRI, String ->
// quad.String, Date -> quad.TypedString typed xsd:date, xsd:gYearMonth or
// xsd:gYear by shape, Int -> quad.Int (xsd:integer), Float -> quad.Float
// (xsd:double). Datatype IRIs use Cayley's short "xsd:" form, as quad.Int
// and quad.Float do.
//
// # Per-article bookkeeping
//
// Cayley's kv backends do not index the quad label, and its SQL backend has
// no index that starts with the label, so finding an article's quads by
// label is a full scan. Instead Load writes, next to the article's data
// quads and with the same label (the article IRI), a few bookkeeping quads
// in the urn:newsgraph:store# namespace:
//
//	<article> <urn:newsgraph:store#manifest>  "N-Quads of every data quad, local IRIs kept" <article> .
//	<article> <urn:newsgraph:store#binding>   "local IRI -> entity IRI pairs, bound quads" <article> .
//	<article> <urn:newsgraph:store#signature> "what resolution reads of it"  <article> .
//	<article> <urn:newsgraph:store#hash>      "content hash"               <article> .
//	<article> <urn:newsgraph:store#id>        "document id"                <article> .
//	<article> <urn:newsgraph:store#origin>    "/abs/path/of/the/file.txt"  <article> .
//	<article> <urn:newsgraph:store#text>      "sha256-… of the text"       <article> .
//	<urn:newsgraph:store> <urn:newsgraph:store#article> "{\"iri\":…,\"id\":…,\"hash\":…,\"origin\":…,\"text\":…,\"bind\":…,\"sig\":…}" <article> .
//
// The data quads are the manifest rendered with the binding (bind.go);
// Rebind replaces the binding and the quads it changes. origin (only for
// an article whose id came from its file's path) and text let the next
// build give a file the id it is stored under, whatever directory names it
// (article.Stored); bind (the binding's digest) and sig let resolution
// across articles (internal/resolve) work from the registry alone. build
// reads all of them from the registry in one scan.
//
// All are found through indexed lookups (subject <article>, subject
// <urn:newsgraph:store>, object "id"). The namespace is separate from the
// data vocabulary, so a data triple (triples emits its own ng:contentHash)
// never collides with a bookkeeping quad; Load rejects data triples that use
// it.
//
// # Atomicity
//
// Load computes the difference between the stored version of an article (its
// manifest plus bookkeeping) and the new one; quads in both are left alone.
//
// memstore and the SQL backends get deletes and adds in one ApplyDeltas
// call: the SQL backend runs it in one database transaction (rolled back on
// any error), memstore checks every delta before it changes anything.
//
// Cayley's kv backend (bbolt) also runs ApplyDeltas in one transaction, but
// has two bugs this package works around:
//
//   - It nets node reference counts over the whole batch and resolves the
//     nodes of added quads only among nodes with a net count >= 0; an added
//     quad using a node with more deleted than added references (say the
//     label of an article that shrinks) is written with that direction
//     missing. Such replaces are split in two transactions: (1) add the new
//     quads plus an intent record
//     <urn:newsgraph:store:pending> <urn:newsgraph:store#pending> "N-Quads to delete" <article>,
//     (2) delete those quads and the record. Open and every Load or Remove
//     of the article finish a replace that a crash interrupted after (1).
//     Pure inserts and removes are always one transaction.
//   - After a failed ApplyDeltas it keeps in-memory state of the rolled-back
//     transaction (node ids in its value cache, pending index entries), so
//     the next write would reuse ids and corrupt the graph. After a failed
//     write the Store therefore reopens the bbolt file.
//
// It also allocates two 100M-entry bloom filters (~80 MB each) and scans the
// whole quad log on every open unless told not to; Open disables them.
//
// # Concurrency
//
// Writes are serialised per Store. Processes sharing a PostgreSQL database
// serialise the writes of one article with a session-level advisory lock
// (pg_advisory_lock on a hash of the article IRI), so two concurrent loads of
// one article leave one version, not a mix. CockroachDB has no such lock:
// do not load the same article from two processes at once there. bbolt
// admits one writer, or any number of readers (OpenWith with
// Options.ReadOnly: a shared lock), at a time; Open fails after
// DefaultLockTimeout or Options.LockTimeout. A writer can Release the file
// between transactions so that readers get in, and takes it back (waiting
// first for processes queued on the store directory's flock, see
// queue_flock.go) at its next read or write; a reader lets a writer that
// waits go first (DIR/writers.lock), and Contended tells a long-lived
// reader that a writer waits.
//
// # Labels in the SQL backend
//
// Cayley's SQL schema keeps quads in a table quads(horizon, subject_hash,
// predicate_hash, object_hash, label_hash, ts), the hashes referring to
// nodes(hash, refs, value…). The label is the nullable column label_hash.
// Its indexes are spo_unique/spol_unique (subject, predicate, object[,
// label]) and four on (s,p,o), (o,p,s), (p,o,s), (o,s,p): none starts with
// label_hash, so "delete where label = X" is a sequential scan of quads. The
// manifest avoids that: deletes go quad by quad through spol_unique.
package graph
