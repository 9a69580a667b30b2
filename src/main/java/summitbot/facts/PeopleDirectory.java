package summitbot.facts;

import summitbot.nlp.AliasText;
import summitbot.nlp.PersonAlias;
import summitbot.nlp.Person;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * People the article names and the aliases users call them by. Read on every question, so it
 * keeps a copy and reloads it when the database's revision counter says people or aliases changed.
 */
public final class PeopleDirectory {
    private static final int MAX_ALIAS_LENGTH = 60;
    private final Database db;
    private final RevisionedCopy<Snapshot> snapshot;

    private record Snapshot(List<Person> people, List<PersonAlias> aliases) {
    }

    public PeopleDirectory(Database db) {
        this.db = db;
        this.snapshot = new RevisionedCopy<>(db, "data_revision", () -> new Snapshot(loadPeople(), loadAliases()));
    }

    public List<Person> people() {
        return current().people();
    }

    /** The person with this id, if the directory knows them. */
    public Optional<Person> person(String id) {
        return people().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<PersonAlias> aliases() {
        return current().aliases();
    }

    private Snapshot current() {
        return snapshot.get();
    }

    private List<Person> loadPeople() {
        return db.read(c -> {
            List<Person> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM person ORDER BY rowid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Person(rs.getString(1), rs.getString(2)));
                }
            }
            return List.copyOf(out);
        });
    }

    private List<PersonAlias> loadAliases() {
        return db.read(c -> {
            List<PersonAlias> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT a.alias, p.id, p.name, a.relative_of FROM person_alias a JOIN person p ON p.id = a.person_id");
                 ResultSet rs = ps.executeQuery()) {
                Map<String, Person> people = new HashMap<>();
                while (rs.next()) {
                    Person p = people.computeIfAbsent(rs.getString(2), id -> sqlPerson(id, rs));
                    out.add(new PersonAlias(rs.getString(1), p, rs.getString(4)));
                }
            }
            return List.copyOf(out);
        });
    }

    /** Adds a new alias for a person, named by id, name or an existing alias. Returns the person. */
    public Person addAlias(String personName, String alias) {
        String normalAlias = AliasText.normalise(alias == null ? "" : alias);
        if (normalAlias.isEmpty()) {
            throw new FactException("the alias is empty");
        }
        if (normalAlias.length() > MAX_ALIAS_LENGTH) {
            throw new FactException("the alias is too long (limit " + MAX_ALIAS_LENGTH + " characters)");
        }
        String who = AliasText.normalise(personName == null ? "" : personName);
        return db.write(c -> {
            Person person = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.id, p.name FROM person p LEFT JOIN person_alias a ON a.person_id = p.id"
                            + " WHERE p.id = ? OR lower(p.name) = ? OR (a.alias = ? AND a.relative_of IS NULL) LIMIT 1")) {
                ps.setString(1, who.replace(' ', '_'));
                ps.setString(2, who);
                ps.setString(3, who);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        person = new Person(rs.getString(1), rs.getString(2));
                    }
                }
            }
            if (person == null) {
                throw new FactException("unknown person " + personName);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id FROM person_alias WHERE alias = ?")) {
                ps.setString(1, normalAlias);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new FactException("alias \"" + normalAlias + "\" already names " + rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO person_alias (alias, person_id) VALUES (?, ?)")) {
                ps.setString(1, normalAlias);
                ps.setString(2, person.id());
                ps.executeUpdate();
            }
            return person;
        });
    }

    private static Person sqlPerson(String id, ResultSet rs) {
        try {
            return new Person(id, rs.getString(3));
        } catch (java.sql.SQLException e) {
            throw new DatabaseException("database read failed: " + e.getMessage(), e);
        }
    }
}
