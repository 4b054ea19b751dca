package eu.twinninghub.api.web;

/**
 * A web address a person gives (an authority's site, the page that shows a milestone): http or https,
 * without spaces. One pattern for the API's validation and for the pages that check a form first.
 */
public final class WebAddress {

    public static final String PATTERN = "https?://\\S+";

    private WebAddress() {
    }

    public static boolean is(String address) {
        return address != null && address.matches(PATTERN);
    }
}
