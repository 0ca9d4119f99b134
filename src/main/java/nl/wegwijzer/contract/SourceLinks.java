package nl.wegwijzer.contract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of a source as the tables cite it: every law article written as "Participatiewet
 * (BWBR0015703) art. 9a" becomes its page on wetten.overheid.nl (a Juriconnect reference, which stays
 * valid across versions of the law). A seed document is named by its file name and has no link.
 */
public final class SourceLinks {
    private static final Pattern ARTICLE = Pattern.compile("\\((BWBR\\d{7})\\) art\\. (\\d+[a-z]?)");

    private SourceLinks() {
    }

    public static List<URI> of(String source) {
        List<URI> links = new ArrayList<>();
        if (source == null) {
            return links;
        }
        Matcher article = ARTICLE.matcher(source);
        while (article.find()) {
            URI link = URI.create("https://wetten.overheid.nl/jci1.3:c:" + article.group(1) + "&artikel=" + article.group(2));
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return links;
    }
}
