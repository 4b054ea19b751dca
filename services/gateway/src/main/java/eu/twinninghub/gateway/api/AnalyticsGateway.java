package eu.twinninghub.gateway.api;

import eu.twinninghub.api.analytics.AnalyticsApi;
import eu.twinninghub.api.analytics.Coverage;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import jakarta.ws.rs.core.Response;

/** The Alliance's figures, public and relayed as matching serves them. */
public class AnalyticsGateway implements AnalyticsApi {

    private final Downstreams downstreams;

    public AnalyticsGateway(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    @Override
    public Coverage coverage() {
        return downstreams.analytics().read(AnalyticsApi::coverage);
    }

    @Override
    public Response coverageCsv() {
        return Relay.of(downstreams.analytics().read(AnalyticsApi::coverageCsv));
    }

    @Override
    public Response trendsCsv() {
        return Relay.of(downstreams.analytics().read(AnalyticsApi::trendsCsv));
    }
}
