package eu.twinninghub.gateway.web;

/**
 * What every page shows around its content: the reader's language, whether someone is signed in
 * (and who), and the page's own address, so that the language switch can come back to it.
 */
public record Frame(String lang, boolean signedIn, String user, String path) {

    public boolean uk() {
        return "uk".equals(lang);
    }

    /** Where the language switch posts: signed in, the choice is also saved with the person's preferences. */
    public String languageAction() {
        return signedIn ? "/app/language" : "/language";
    }
}
