package eu.twinninghub.authorities.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "authority_contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "authority_id")
    public Authority authority;

    public String name;
    public String role;
    public String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    public int position;

    public record Details(String name, String role, String email, List<String> languages) {
    }

    static Contact of(Authority authority, Details details, int position) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.authority = authority;
        contact.position = position;
        contact.change(details);
        return contact;
    }

    public void change(Details details) {
        name = details.name().strip();
        role = details.role() == null || details.role().isBlank() ? null : details.role().strip();
        email = details.email().strip();
        languages = new ArrayList<>(details.languages() == null ? List.of() : details.languages());
    }
}
