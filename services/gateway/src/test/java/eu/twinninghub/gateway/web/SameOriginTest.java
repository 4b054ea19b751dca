package eu.twinninghub.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            /app/needs/new,               /app/needs/new
            /%61pp/needs/new,             /app/needs/new
            /%2561pp/needs,               /%61pp/needs
            //app//matches/1/accept,      /app/matches/1/accept
            /x/../app/needs,              /app/needs
            /x/%2E%2E/app/needs,          /app/needs
            /../../app,                   /app
            /a+b,                         /a+b
            """)
    void pathsAreJudgedDecodedAndNormalised(String raw, String judged) {
        assertEquals(judged, SameOrigin.normalised(raw));
    }
}
