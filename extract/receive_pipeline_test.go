package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Event nouns whose participants sit on a receiving or partaking verb,
// passive recipients, what amounts count, and agents after "of" (issue
// #16, branch events10).

func TestTheSubjectOfAReceiverVerbUndergoesTheAct(t *testing.T) {
	d := processed("Governor Lena Park faced sharp criticism from Senator Omar Hale over the budget.")
	args := argTexts(d, eventAt(t, d, "criticism"))
	assert.Equal(t, "Arg1", roleOf(args, "Lena Park"), "the governor is criticized: %v", args)
	assert.Equal(t, "Arg0", roleOf(args, "Omar Hale"), "the senator criticizes: %v", args)

	d = processed("Mayor Ines Duarte won the endorsement of Senator Paul Reyes on Monday.")
	args = argTexts(d, eventAt(t, d, "endorsement"))
	assert.Equal(t, "Arg1", roleOf(args, "Ines Duarte"), "the mayor is endorsed: %v", args)
	assert.Equal(t, "Arg0", roleOf(args, "Paul Reyes"), "the of-phrase endorses: %v", args)
}

func TestAReceiverVerbLendsNothingToOtherEvents(t *testing.T) {
	d := processed("Mayor Ines Duarte won the election of 2019 in Texas.")
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "election" {
			assert.NotEqual(t, "Arg1", roleOf(argTexts(d, ev), "Ines Duarte"), "an election is no act done to its winner")
		}
	}
	d = processed("Governor Lena Park was criticized by Senator Omar Hale.")
	assert.Equal(t, "Arg1", roleOf(argTexts(d, eventAt(t, d, "criticized")), "Lena Park"), "the verb keeps its own roles")
}

func TestTheSubjectOfAPartakingVerbTakesPart(t *testing.T) {
	d := processed("Senator Maria Lopez took part in the negotiations with Pemex last week.")
	args := argTexts(d, eventAt(t, d, "negotiations"))
	assert.Equal(t, "Arg0", roleOf(args, "Maria Lopez"), "who took part negotiates: %v", args)
	assert.Equal(t, "Arg1", roleOf(args, "Pemex"), "%v", args)

	d = processed("Two officers of the Oslo police were involved in the shooting on Friday.")
	assert.Equal(t, "Arg0", roleOf(argTexts(d, eventAt(t, d, "shooting")), "officers of the Oslo police"), "a passive subject takes part too")

	d = processed("Senator Ana Ruiz declined to participate in Thursday night's debate.")
	assert.Equal(t, "Arg0", roleOf(argTexts(d, eventAt(t, d, "debate")), "Ana Ruiz"), "a time owns no event")

	d = processed("The Oslo Treasury was involved in the Harbor Bank's decision on Monday.")
	assert.NotEqual(t, "Arg0", roleOf(argTexts(d, eventAt(t, d, "decision")), "Oslo Treasury"), "an owned event is its owner's")

	d = processed("The tie with Ankara was more important to Oslo than participating in the campaign of Nordic Aid.")
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "campaign" {
			assert.Empty(t, roleOf(argTexts(d, ev), "The tie with Ankara"), "a tie takes part in nothing")
		}
	}

	d = processed("Maria Lopez spoke in the debate.")
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "debate" {
			assert.Empty(t, roleOf(argTexts(d, ev), "Maria Lopez"), "speaking in it is no partaking verb")
		}
	}
}

func TestAPassiveSubjectThatReceivesIsArg2(t *testing.T) {
	d := processed("Anna Berg was offered a contract by Halvard Steel in 2019.")
	args := argTexts(d, eventAt(t, d, "offered"))
	assert.Equal(t, "Arg2", roleOf(args, "Anna Berg"), "she receives the offer: %v", args)
	assert.Equal(t, "Arg0", roleOf(args, "Halvard Steel"), "%v", args)

	d = processed("Pilar Ortega was told to leave the building.")
	assert.Equal(t, "Arg2", roleOf(argTexts(d, eventAt(t, d, "told")), "Pilar Ortega"), "the hearer of a passive tell")

	d = processed("The new rifles were sent to Pilar Ortega.")
	args = argTexts(d, eventAt(t, d, "sent"))
	assert.Equal(t, "Arg1", roleOf(args, "The new rifles"), "without a second object the subject is what is sent: %v", args)
}

func TestWhatAnAmountCountsTakesPart(t *testing.T) {
	d := processed("Nordic Air will purchase 20 of the larger jets next year.")
	assert.Equal(t, "Arg1", roleOf(argTexts(d, eventAt(t, d, "purchase")), "the larger jets"), "the jets are bought, not the number")

	d = processed("Nordic Air ordered $6 billion in new jets last week.")
	assert.Equal(t, "Arg1", roleOf(argTexts(d, eventAt(t, d, "ordered")), "new jets"), "a sum in what it buys")

	d = processed("The Kiwa Fund will close 30 of its branches.")
	args := argTexts(d, eventAt(t, d, "close"))
	assert.Equal(t, "Arg1", roleOf(args, "30 of its branches"), "the part, a mention itself: %v", args)
	assert.Equal(t, "Arg0", roleOf(args, "Kiwa Fund"), "who closes them: %v", args)

	d = processed("Nordic Steel climbed 69 cents, or 0.7 percent, to $12.48 after its report.")
	args = argTexts(d, eventAt(t, d, "climbed"))
	assert.Empty(t, roleOf(args, "69 cents"), "a bare amount takes no part: %v", args)
	assert.Equal(t, "Arg1", roleOf(args, "Nordic Steel"), "what rose: %v", args)

	d = processed("Mary Olsen has said four of her aides and her husband will also speak.")
	assert.Empty(t, roleOf(argTexts(d, eventAt(t, d, "said")), "four of her aides"), "what she said is no part of a number")

	d = processed("The agency added all 12 of the carriers to the list of firms under review.")
	args = argTexts(d, eventAt(t, d, "added"))
	assert.Contains(t, values(args), "Arg1", "what is added to a list takes part: %v", args)

	d = processed("The Kiwa Fund invested $10 million in the new mine.")
	assert.Empty(t, roleOf(argTexts(d, eventAt(t, d, "invested")), "the new mine"), "a sum in a determined noun is where it went")

	d = processed("The Harbor PAC raised $12 million in support of Senator Lisa Vance last year.")
	assert.NotEqual(t, "Arg1", roleOf(argTexts(d, eventAt(t, d, "raised")), "Lisa Vance"), "no sum consists of an act")

	d = processed("The flood destroyed the whole basis of the Harbor Bank.")
	assert.Empty(t, roleOf(argTexts(d, eventAt(t, d, "destroyed")), "the Harbor Bank"), "no number, no amount that counts the bank")

	d = processed("The Vessel index gained 155 points in trading on Monday.")
	for _, a := range eventAt(t, d, "gained").Args {
		assert.NotEqual(t, "trading", d.Mentions[a.Mention].Text, "points count no trading")
	}
}

func TestTheOfPhraseOfAVictoryWins(t *testing.T) {
	d := processed("The victory of Senator Paul Reyes surprised the pollsters.")
	assert.Equal(t, "Arg0", roleOf(argTexts(d, eventAt(t, d, "victory")), "Paul Reyes"), "the winner")
	d = processed("The arrest of Senator Paul Reyes surprised the pollsters.")
	assert.Equal(t, "Arg1", roleOf(argTexts(d, eventAt(t, d, "arrest")), "Paul Reyes"), "other nouns keep the of-phrase as Arg1")
}

// roleOf is the role of the argument whose mention text is name, with or
// without a title before it; "" when none.
func roleOf(args map[string]string, name string) string {
	if role, ok := args[name]; ok {
		return role
	}
	for text, role := range args {
		if strings.HasSuffix(text, " "+name) && !strings.Contains(text, " by ") {
			return role // "Governor Lena Park"; not "a contract by Halvard Steel"
		}
	}
	return ""
}

// values are the roles of args.
func values(args map[string]string) []string {
	var out []string
	for _, r := range args {
		out = append(out, r)
	}
	return out
}
