package eu.twinninghub.authorities.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimHintsMakerTest {

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(nullValues = "null", textBlock = """
            o.kovalenko@vmr.gov.ua,     https://www.vmr.gov.ua,          true
            o.kovalenko@rada.vmr.gov.ua, https://vmr.gov.ua/contacts,    true
            O.Kovalenko@VMR.GOV.UA,     https://www.vmr.gov.ua,          true
            someone@gmail.com,          https://www.vmr.gov.ua,          false
            someone@notvmr.gov.ua,      https://vmr.gov.ua,              false
            someone@vmr.gov.ua,         null,                            null
            null,                       https://vmr.gov.ua,              null
            not-an-address,             https://vmr.gov.ua,              null
            """)
    void theEmailsDomainIsTheAuthoritysWebDomain(String email, String website, Boolean expected) {
        assertEquals(expected, ClaimHintsMaker.sameDomain(email, website));
    }
}
