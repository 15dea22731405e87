namespace HomeLab.L4.Workloads.Tests;

public class ComposeVariableReferencesTests
{
    [Test]
    public void Every_form_of_interpolation_names_its_variable_once_in_order()
    {
        const string Compose = """
            services:
              web:
                image: "nginx:${TAG:-latest}"
                environment:
                  PASSWORD: ${DB_PASSWORD}
                  NAME: ${NAME-dock}
                  REQUIRED: ${API_KEY:?set API_KEY}
                  NESTED: ${OUTER:-${INNER}}
                  BARE: $BARE_VAR/suffix
                  AGAIN: ${DB_PASSWORD}
            """;

        Assert.That(ComposeVariableReferences.In(Compose),
            Is.EqualTo(new[] { "TAG", "DB_PASSWORD", "NAME", "API_KEY", "OUTER", "INNER", "BARE_VAR" }));
    }

    [Test]
    public void Escaped_dollars_and_comment_lines_name_nothing()
    {
        const string Compose = """
            # Deployed with DOCKER_HOST=${NOT_A_VARIABLE}
            services:
              web:
                command: ["sh", "-c", "echo $$HOME $${ALSO_NOT} ${REAL}"]
                  # ${INDENTED_COMMENT}
            """;

        Assert.That(ComposeVariableReferences.In(Compose), Is.EqualTo(new[] { "REAL" }));
    }
}
