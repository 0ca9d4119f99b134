package nl.wegwijzer.scenarios;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.nl.Dan;

import static org.assertj.core.api.Assertions.assertThat;

/** What the advice says beyond the pathways: obligations (of programmes and from law) and family domains. */
public class ObligationSteps {
    private final Exchange http;

    public ObligationSteps(Exchange http) {
        this.http = http;
    }

    @Dan("geldt de verplichting {string} bij {string}")
    public void verplichtingBij(String obligation, String pathway) {
        assertThat(obligation(obligation).path("pathway").asText()).isEqualTo(pathway);
    }

    @Dan("geldt de verplichting {string} uit de wet {string}")
    public void verplichtingUitDeWet(String obligation, String law) {
        JsonNode o = obligation(obligation);
        assertThat(o.path("law").asText()).isEqualTo(law);
        assertThat(o.path("source").asText()).isNotBlank();
    }

    @Dan("verwijst de bron van de verplichting {string} naar {string}")
    public void bronLink(String obligation, String link) {
        assertThat(AdviceSteps.texts(obligation(obligation).path("sourceLinks"))).as("links van %s", obligation).contains(link);
    }

    @Dan("geldt de verplichting {string} niet")
    public void verplichtingNiet(String obligation) {
        assertThat(AdviceSteps.codes(http.body().path("obligations"), "code")).as("verplichtingen").doesNotContain(obligation);
    }

    @Dan("vraagt de verplichting {string} {int} uur per week gedurende {int} maanden")
    public void urenEnDuur(String obligation, int hours, int months) {
        JsonNode o = obligation(obligation);
        assertThat(o.path("hoursPerWeek").asDouble()).isEqualTo(hours);
        assertThat(o.path("durationMonths").asDouble()).isEqualTo(months);
    }

    @Dan("duurt de verplichting {string} {int} maanden")
    public void duur(String obligation, int months) {
        assertThat(obligation(obligation).path("durationMonths").asDouble()).isEqualTo(months);
    }

    private JsonNode obligation(String code) {
        for (JsonNode o : http.body().path("obligations")) {
            if (o.path("code").asText().equals(code)) {
                return o;
            }
        }
        throw new AssertionError("verplichting " + code + " staat niet in het advies: " + AdviceSteps.codes(http.body().path("obligations"), "code"));
    }

    @Dan("is het gezinsdomein {string} aangezet")
    public void domeinAan(String domain) {
        assertThat(AdviceSteps.codes(http.body().path("familyDomains"), "domain")).contains(domain);
        for (JsonNode d : http.body().path("familyDomains")) {
            if (d.path("domain").asText().equals(domain)) {
                assertThat(d.path("reason").asText()).isNotBlank();
            }
        }
    }

    @Dan("is het gezinsdomein {string} niet aangezet")
    public void domeinUit(String domain) {
        assertThat(AdviceSteps.codes(http.body().path("familyDomains"), "domain")).doesNotContain(domain);
    }
}
