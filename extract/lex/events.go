package lex

import (
	"strings"
)

// Event types, from the trigger words below. The lexicon lists inflected
// forms so no stemmer is needed; nouns count too ("the meeting", "her death").
var EventTriggers = map[string]string{}

func init() {
	for typ, words := range map[string]string{
		"MEET":        "meet meets met meeting meetings visit visits visited visiting summit talks",
		"ARREST":      "arrest arrests arrested arresting detained detain detains detaining detention",
		"CHARGE":      "charge charged charges charging indicted indictment accused accuses accusing",
		"CONVICT":     "convicted conviction convict convicts convictions",
		"SENTENCE":    "sentenced sentencing",
		"RELEASE":     "released release releases releasing freed paroled parole",
		"DIE":         "died die dies dying death deaths dead killed kill kills killing killings murder murdered murders murdering",
		"PARDON":      "pardon pardoned pardons clemency commuted commutation",
		"BIRTH":       "born birth",
		"PREGNANCY":   "pregnant pregnancy expecting",
		"MARRY":       "married marry marries marrying marriage wedding wed engaged engagement",
		"BREAKUP":     "divorce divorced divorcing separated breakup",
		"STATEMENT":   "tweeted tweet tweets tweeting posted interview announced announcement announces announce announcing statement episode said says saying stated told tells telling reported reporting",
		"INCREASE":    "rose rise rises rising risen increase increased increases increasing grew grow grows growing grown growth jumped jump jumps climbed climb climbs climbing surged surge surges surging gained gain gains gaining",
		"DECREASE":    "fell fall falls fallen falling drop dropped drops dropping declined decline declines declining decrease decreased decreasing loss losses lose loses losing lost plunged plunge plunges plunging slumped slump cut cuts cutting reduced reduce reduces reducing reduction",
		"SALE":        "sold sell sells selling sale sales purchase purchased purchases purchasing delivered deliver delivers delivering delivery deliveries order orders ordered ordering",
		"BANKRUPTCY":  "bankruptcy bankrupt insolvency",
		"PRODUCTION":  "production produced produce produces producing manufactured manufacture manufactures",
		"CRISIS":      "crisis recession",
		"CLOSURE":     "closed closure closures closing shut shuts shutting shutdown",
		"PLAN":        "plan plans planned planning decision decisions decided decide decides",
		"TRAVEL":      "flight flights",
		"APPOINT":     "appointed appoint appoints appointing appointment hired hire hires hiring named elected",
		"RESIGN":      "resigned resign resigns resigning resignation quit quits fired dismissed",
		"FOUND":       "founded founding launched launch launches launching unveiled unveil unveils unveiling",
		"ACQUIRE":     "acquired acquire acquires acquiring acquisition acquisitions bought buy buys buying takeover merger merged merge merges merging",
		"LAWSUIT":     "sued sue sues suing lawsuit lawsuits",
		"ELECTION":    "election elections vote voted votes voting",
		"ATTACK":      "attack attacked attacks attacking bombing shooting",
		"INJURE":      "injured wounded hurt",
		"TRANSPORT":   "flew flown traveled travelled travels traveling travelling arrived arrives arriving",
		"COMMUNICATE": "reached",
	} {
		for _, w := range strings.Fields(words) {
			EventTriggers[w] = typ
		}
	}
}
