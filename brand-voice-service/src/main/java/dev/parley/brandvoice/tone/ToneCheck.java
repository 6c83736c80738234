package dev.parley.brandvoice.tone;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.check.PhrasePatterns;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.Formality;
import dev.parley.events.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tone a brand cannot afford in public: impolite, blaming, defensive, sarcastic, and too casual for the brand.
 * Phrase lists, because a reply that reads "you should have checked" is a problem whatever the model thinks.
 */
public class ToneCheck implements CheckRule {
    private static final List<ToneLexicon> LEXICONS = List.of(
            new ToneLexicon("tone-impolite", Verdict.BLOCK, "impolite",
                    "say what you will do for them instead",
                    List.of("shut up", "stupid", "idiot", "idiots", "dumb", "nonsense", "oh well",
                            "deal with it", "not my problem", "that's your problem", "that is your problem",
                            "you people", "get over it", "stop complaining", "quit complaining", "grow up",
                            "we don't care", "we do not care", "don't bother", "go away", "read the website",
                            "can't you read", "learn to read")),
            new ToneLexicon("tone-blaming", Verdict.WARN, "blames the customer",
                    "describe what happened and what you will do, without saying whose fault it was",
                    List.of("your fault", "your own fault", "you should have", "you shouldn't have", "you failed to",
                            "you forgot to", "you didn't read", "you did not read", "you were supposed to",
                            "user error", "if you had", "you must have", "you clearly", "because you didn't",
                            "because you did not", "you neglected to", "you ignored")),
            new ToneLexicon("tone-defensive", Verdict.WARN, "sounds defensive",
                    "acknowledge the problem and move to the fix",
                    List.of("not our fault", "not our problem", "we did nothing wrong", "we are not responsible",
                            "we're not responsible", "we cannot be held responsible", "we can't be held responsible",
                            "that's not true", "that is not true", "to be fair", "in our defense", "in our defence",
                            "as I already said", "as I said before", "as previously stated", "as stated before",
                            "as we already told you", "we already told you", "like I said", "with all due respect",
                            "out of our control", "beyond our control", "there is nothing we can do",
                            "there's nothing we can do", "nothing we can do")),
            new ToneLexicon("tone-sarcastic", Verdict.BLOCK, "reads as sarcastic",
                    "say it plainly; sarcasm in public reads as contempt",
                    List.of("oh great", "yeah right", "good luck with that", "sure you did", "sure, because",
                            "thanks for nothing", "what a surprise", "bless your heart", "wow, thanks", "/s", "🙄")));

    private static final Pattern SLANG = PhrasePatterns.anyOf(List.of("lol", "lmao", "rofl", "omg", "dude", "bro",
            "gonna", "wanna",
            "gotta", "yeah", "yep", "nope", "ur", "tbh", "idk", "imo", "btw", "haha", "hehe", "cuz", "coz", "pls",
            "plz", "thx", "whatevs", "totes", "my bad"));
    private static final Pattern EXCLAMATION_RUN = Pattern.compile("[!?]{3,}|!{2,}");
    /** Two or more fully capitalised words of four or more letters in a row read as shouting. */
    private static final Pattern SHOUTING = Pattern.compile("\\b\\p{Lu}{4,}\\b(?:\\W+\\b\\p{Lu}{4,}\\b)+");

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        String text = draft.text();
        for (ToneLexicon lexicon : LEXICONS) {
            Matcher m = lexicon.pattern().matcher(text);
            while (m.find()) {
                String message = "'" + m.group() + "' " + lexicon.problem();
                if (lexicon.severity() == Verdict.BLOCK) {
                    findings.block(lexicon.rule(), message, m.start(), m.end(), lexicon.advice());
                } else {
                    findings.warn(lexicon.rule(), message, m.start(), m.end(), lexicon.advice());
                }
            }
        }
        Matcher shouting = SHOUTING.matcher(text);
        while (shouting.find()) {
            findings.warn("tone-impolite", "capitals read as shouting", shouting.start(), shouting.end(),
                    "write it in normal case");
        }
        if (profile.formality() == Formality.CASUAL) {
            return;
        }
        Matcher slang = SLANG.matcher(text);
        while (slang.find()) {
            findings.warn("tone-over-casual", "'" + slang.group() + "' is too casual for this brand",
                    slang.start(), slang.end(), "write it out in plain words");
        }
        if (profile.formality() == Formality.FORMAL) {
            Matcher run = EXCLAMATION_RUN.matcher(text);
            while (run.find()) {
                findings.warn("tone-over-casual", "'" + run.group() + "' is too casual for this brand", run.start(),
                        run.end(), "one full stop or question mark");
            }
        }
    }

    /** One kind of tone, its phrases compiled once: the check runs on every reply. */
    private record ToneLexicon(String rule, Verdict severity, String problem, String advice, Pattern pattern) {
        ToneLexicon(String rule, Verdict severity, String problem, String advice, List<String> phrases) {
            this(rule, severity, problem, advice, PhrasePatterns.anyOf(phrases));
        }
    }
}
