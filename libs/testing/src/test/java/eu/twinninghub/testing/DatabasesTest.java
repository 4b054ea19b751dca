package eu.twinninghub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClients;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(UnitTestsOnly.INFRASTRUCTURE)
class DatabasesTest {

    @Test
    void postgresGivesEachServiceItsOwnDatabase() throws Exception {
        TestPostgres postgres = TestPostgres.shared();
        postgres.createDatabase("needs_offers");
        postgres.createDatabase("needs_offers");

        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("needs_offers"), postgres.username(),
                postgres.password()); var statement = connection.createStatement()) {
            ResultSet result = statement.executeQuery("SELECT current_database(), version()");
            assertTrue(result.next());
            assertEquals("needs_offers", result.getString(1));
            assertTrue(result.getString(2).startsWith("PostgreSQL 17"), result.getString(2));
        }
    }

    @Test
    void mongoProtocolServerStoresAndFindsDocuments() {
        try (var client = MongoClients.create(TestMongo.shared().connectionString())) {
            var inbox = client.getDatabase("notifications").getCollection("inbox");
            inbox.insertOne(new Document("recipient", "vinnytsia-admin").append("read", false));

            assertEquals(1, inbox.countDocuments(new Document("recipient", "vinnytsia-admin")));
        }
    }
}
