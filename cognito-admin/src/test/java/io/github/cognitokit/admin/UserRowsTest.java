package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a bad row's report may show: user names and the invalid cell that needs fixing, never a password. */
class UserRowsTest {
  static final String PASSWORD = "Tr0ub4dor&3-secret";

  @Test
  void rowErrors_neverEchoAPassword() {
    String csv = "username,email,enabled,password\n"
        + "ann,not-an-email,true," + PASSWORD + "\n"               // an invalid e-mail beside a password
        + "bob,bob@example.com,maybe," + PASSWORD + "\n"           // an invalid flag beside a password
        + "cid,cid@example.com,true," + PASSWORD + ",extra\n"      // more cells than the header
        + "dee,dee@example.com,true," + PASSWORD + "\n"
        + "dee,dee2@example.com,true," + PASSWORD + "\n";          // a duplicate user
    UserRows rows = UserRows.csv(new StringReader(csv));

    assertThat(rows.errors()).hasSize(5);
    assertThat(rows.errors()).extracting(UserRows.RowError::username).containsExactly("ann", "bob", "cid", "dee",
        "dee");
    assertThat(rows.errors().get(0).reason()).contains("not-an-email");
    for (UserRows.RowError e : rows.errors()) {
      assertThat(e.toString()).doesNotContain(PASSWORD);
      assertThat(e.reason()).doesNotContain(PASSWORD);
    }
    assertThat(rows.toString()).doesNotContain(PASSWORD);

    String jsonLines = "{\"username\":\"eve\",\"attributes\":{\"email\":\"bad\"},\"password\":\"" + PASSWORD + "\"}\n"
        + "{\"username\":\"fay\",\"password\":{\"value\":\"" + PASSWORD + "\"}}\n"
        + "{\"username\":\"gus\",\"enabled\":\"" + PASSWORD + "\",\"password\":\"" + PASSWORD + "\"}\n";
    UserRows json = UserRows.jsonLines(new StringReader(jsonLines));
    assertThat(json.errors()).extracting(UserRows.RowError::username).containsExactly("eve", "fay", "gus");
    assertThat(List.copyOf(json.errors()).toString()).doesNotContain(PASSWORD);
  }

  @Test
  void jsonLines_readsEachShapeAndNamesEachProblemWithItsLine() {
    String text = String.join("\n",
        "{\"username\":\"ann\",\"attributes\":{\"email\":\"ann@example.com\",\"custom:level\":7,"
            + "\"email_verified\":true},\"groups\":[\"admins\",\"ops\"],\"enabled\":false,\"source\":{\"x\":[1]}}",
        "",
        "{\"username\":\"bob\",\"username\":\"eve\"}",
        "{\"username\":\"cal\"} trailing",
        "{\"username\":\"dan\",\"attributes\":{\"name\":{\"first\":\"Dan\"}}}",
        "[\"not\",\"an\",\"object\"]",
        "{\"username\":\"fox\",\"groups\":[\"ok\",3]}",
        "{\"username\":",
        "{\"attributes\":{}}");
    UserRows rows = UserRows.jsonLines(new StringReader(text));

    DesiredUser ann = rows.users().iterator().next();
    assertThat(rows.users()).hasSize(1);
    assertThat(ann.attributes()).containsEntry("custom:level", "7").containsEntry("email_verified", "true");
    assertThat(ann.groups()).hasValueSatisfying(g -> assertThat(g).containsExactlyInAnyOrder("admins", "ops"));
    assertThat(ann.enabled()).contains(false);
    assertThat(rows.errors()).extracting(UserRows.RowError::line, UserRows.RowError::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "not valid JSON"),
        org.assertj.core.groups.Tuple.tuple(4, "not valid JSON"),
        org.assertj.core.groups.Tuple.tuple(5, "attribute name must be a string, number or boolean"),
        org.assertj.core.groups.Tuple.tuple(6, "not a JSON object"),
        org.assertj.core.groups.Tuple.tuple(7, "each group must be a string"),
        org.assertj.core.groups.Tuple.tuple(8, "not valid JSON"),
        org.assertj.core.groups.Tuple.tuple(9, "no username"));
  }

  @Test
  void badSources_areTypedErrorsThatNameTheProblem() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserRows.csv(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reader");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserRows.jsonLines(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reader");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserRows.csv(new StringReader("email,name\na@b.c,A\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserRows.csv(new StringReader(
        "username,email\n\"ann,ann@example.com\n"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not readable");
  }
}
