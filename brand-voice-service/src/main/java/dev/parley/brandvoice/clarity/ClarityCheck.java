package dev.parley.brandvoice.clarity;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.check.PhrasePatterns;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.JargonTerm;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Replies customers understand at a glance: short sentences, plain words, no internal jargon. */
public class ClarityCheck implements CheckRule {
    /** On social media a sentence over this many words loses people. */
    static final int LONGEST_SENTENCE = 30;
    /** Flesch reading ease below this is "difficult" (academic prose); scored only on sentences long enough to tell. */
    static final double HARDEST_EASE = 30;
    static final int WORDS_TO_SCORE = 10;

    /** Office language that says less than the plain word. */
    private static final List<JargonTerm> OFFICIALESE = List.of(
            new JargonTerm("pursuant to", "under"), new JargonTerm("aforementioned", "this"),
            new JargonTerm("hereby", "(leave it out)"), new JargonTerm("please be advised", "(leave it out)"),
            new JargonTerm("kindly be advised", "(leave it out)"), new JargonTerm("at this point in time", "now"),
            new JargonTerm("utilize", "use"), new JargonTerm("utilise", "use"), new JargonTerm("leverage", "use"),
            new JargonTerm("revert back", "reply"), new JargonTerm("henceforth", "from now on"),
            new JargonTerm("notwithstanding", "despite"), new JargonTerm("in lieu of", "instead of"),
            new JargonTerm("prior to", "before"), new JargonTerm("going forward", "from now on"));

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        String text = draft.text();
        for (Readability.Sentence sentence : Readability.sentences(text)) {
            if (sentence.words() > LONGEST_SENTENCE) {
                findings.warn("long-sentence", sentence.words() + " words in one sentence (keep under "
                        + LONGEST_SENTENCE + ")", sentence.start(), sentence.end(), "split it in two");
            } else if (sentence.words() >= WORDS_TO_SCORE && sentence.ease() < HARDEST_EASE) {
                findings.warn("readability", String.format(Locale.ROOT,
                        "hard to read (reading ease %.0f, aim for 60 or more)", sentence.ease()),
                        sentence.start(), sentence.end(), "shorter words and a shorter sentence");
            }
        }
        Stream.concat(OFFICIALESE.stream(), profile.jargon().stream()).forEach(term -> {
            Matcher m = pattern(term.term()).matcher(text);
            while (m.find()) {
                findings.warn("jargon", "'" + m.group() + "' may not mean anything to the customer", m.start(),
                        m.end(), term.plain());
            }
        });
    }

    /** Acronyms (all capitals) match as written, so "PNR" is jargon but a word that spells it in lower case is not. */
    private static Pattern pattern(String term) {
        return term.equals(term.toUpperCase(Locale.ROOT)) && term.chars().anyMatch(Character::isLetter)
                ? PhrasePatterns.exactly(term)
                : PhrasePatterns.of(term);
    }
}
