// poslexicon.mjs writes extract/syntax/model/pos-lexicon.txt, the lexicon
// the tagger reads as features (internal/postag lexfeats.go) and the syntax
// stage reads to mend the lemmas of words the treebanks lack
// (internal/postag Lexicon.Lemma: "fled" -> "flee", "inflamed" -> "inflame"):
// for each single word, the word classes two dictionaries give it, so that
// a word the treebanks never showed still says "noun or verb". Sources:
//   - WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet): the
//     lemmas of index.noun/verb/adj/adv (codes N V A R) and the irregular
//     forms of the exception lists noun.exc etc. (N~base V~base A~base
//     R~base: "geese N~goose");
//   - the lexicon of the npm package compromise (MIT), its tags folded into
//     coarse classes (codes starting with "c": cN cV cVd cJ cP ...).
// Regular inflections ("runs", "stopped") are not listed: the tagger
// derives them from the bases (internal/postag/lexicon.go).
//
//	node scripts/poslexicon.mjs NODE_MODULES_DIR [WORDNET_DIR] [OUT]
//
// Lines and codes are sorted, so the same inputs give the same bytes.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lexicon, notice } from './compromise.mjs'

const [dir, wn = '/usr/share/wordnet', out = 'extract/syntax/model/pos-lexicon.txt'] = process.argv.slice(2)
if (!dir) {
  console.error('usage: node scripts/poslexicon.mjs NODE_MODULES_DIR [WORDNET_DIR] [OUT]')
  process.exit(2)
}

const codes = new Map() // word -> Set of codes
const add = (w, c) => {
  if (!codes.has(w)) codes.set(w, new Set())
  codes.get(w).add(c)
}
// A single word: no spaces or underscores (WordNet's collocations), and no
// characters the tagger's tokens would not hold whole.
const single = w => /^[\p{L}\p{N}][\p{L}\p{N}.'-]*$/u.test(w)

// WordNet: index files (lemma in the first column; lines starting with a
// space are the licence) and exception lists ("inflected base...").
const wnPOS = { noun: 'N', verb: 'V', adj: 'A', adv: 'R' }
for (const [file, code] of Object.entries(wnPOS)) {
  for (const line of readFileSync(join(wn, `index.${file}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue
    const w = line.slice(0, line.indexOf(' '))
    if (single(w)) add(w, code)
  }
  for (const line of readFileSync(join(wn, `${file}.exc`), 'latin1').split('\n')) {
    const [w, ...bases] = line.trim().split(' ')
    if (!w || !single(w)) continue
    for (const b of bases) if (single(b) && b !== w) add(w, `${code}~${b}`)
  }
}

// compromise: each tag folded into coarse classes.
const fold = {
  Noun: ['cN'], Singular: ['cN'], Uncountable: ['cN'], Actor: ['cN'], Unit: ['cN'],
  Duration: ['cN'], Currency: ['cN'], 'Unit|Noun': ['cN'], Plural: ['cNs'],
  Infinitive: ['cV'], Imperative: ['cV'], Verb: ['cV'], PresentTense: ['cVs'],
  PastTense: ['cVd'], Participle: ['cVn'], Gerund: ['cVg'],
  Adjective: ['cJ'], Comparable: ['cJ'], Comparative: ['cJr'], Superlative: ['cJs'],
  Adverb: ['cR'], Preposition: ['cP'], Conjunction: ['cC'], Condition: ['cC'],
  Determiner: ['cD'], Pronoun: ['cPro'], Reflexive: ['cPro'], Possessive: ['cPro'],
  Modal: ['cM'], Negative: ['cNeg'], QuestionWord: ['cQ'], Expression: ['cX'],
  Value: ['cNum'], Cardinal: ['cNum'], Multiple: ['cNum'], Ordinal: ['cOrd'],
  WeekDay: ['cDate'], Month: ['cDate'], Date: ['cDate'], Honorific: ['cHon'],
  Demonym: ['cDem'],
  Organization: ['cName'], SportsTeam: ['cName'], Person: ['cName'], ProperNoun: ['cName'],
  MaleName: ['cName'], FemaleName: ['cName'], FirstName: ['cName'], LastName: ['cName'],
  City: ['cName'], Region: ['cName'], Place: ['cName'], Country: ['cName'],
  'Person|Place': ['cName'], 'Person|Date': ['cName', 'cDate'],
  'Noun|Verb': ['cN', 'cV'], 'Noun|Gerund': ['cN', 'cVg'], 'Actor|Verb': ['cN', 'cV'],
  'Plural|Verb': ['cNs', 'cVs'], 'Person|Noun': ['cName', 'cN'], 'Person|Verb': ['cName', 'cV'],
  'Person|Adj': ['cName', 'cJ'], 'Adj|Noun': ['cJ', 'cN'], 'Adj|Past': ['cJ', 'cVd'],
  'Adj|Gerund': ['cJ', 'cVg'], 'Adj|Present': ['cJ', 'cV'],
}
const { version, words, tags } = await lexicon(dir)
for (const tag of tags()) {
  if (tag === 'PhrasalVerb') continue // multi-word only
  if (!fold[tag]) throw new Error(`compromise ${version}: tag ${tag} has no class (extend fold)`)
  for (const w of words(tag)) if (single(w)) for (const c of fold[tag]) add(w, c)
}

const lines = [...codes.keys()].sort().map(w => `${w}\t${[...codes.get(w)].sort().join(' ')}`)
const wnLicence = readFileSync(join(wn, 'index.noun'), 'latin1').split('\n')
  .filter(l => l.startsWith(' ')).map(l => l.replace(/^ +\d+ ?/, '').trimEnd()).filter(l => l !== '')
const header = `# Word classes of single English words from two dictionaries, read by the
# part-of-speech tagger as features (tools/postrain -lexicon; the model keeps
# a copy) and by the syntax stage to mend the lemmas its tagger guesses for
# words the treebanks lack (internal/postag Lexicon.Lemma). One word a line:
# the word, a tab, its codes. WordNet: N V A R
# (noun, verb, adjective, adverb lemma), N~base V~base A~base R~base (an
# irregular form of base). compromise: c + a coarse class of its tags (cN cNs
# cV cVs cVd cVn cVg cJ cJr cJs cR cP cC cD cPro cM cNeg cQ cX cNum cOrd
# cDate cHon cDem cName). Generated by scripts/poslexicon.mjs (make
# postag-lexicons) from WordNet 3.0 (Debian package wordnet-base) and the
# npm package compromise ${version}; do not edit.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# WordNet licence (from the WordNet database files):
${wnLicence.map(l => `#   ${l}`).join('\n')}
${notice}`
writeFileSync(out, header + lines.join('\n') + '\n')
console.error(`poslexicon: ${lines.length} words -> ${out}`)
