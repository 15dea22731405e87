namespace HomeLab.Build.Tests.Support;

/// <summary>
/// The machine's real terraform, put on a test's PATH behind a wrapper script that logs each call's arguments to
/// <c>terraform.calls</c> and, for <c>plan</c>, writes <c>begin</c>/<c>end</c> lines to <c>terraform.events</c>.
/// </summary>
internal static class RealTerraform
{
    /// <summary>The real terraform's full path; fails the test with one clear line when there is none.</summary>
    public static string Path
    {
        get
        {
            var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(folder => !folder.Contains("homelab-", StringComparison.Ordinal))
                .Select(folder => System.IO.Path.Combine(folder, "terraform"))
                .Append("/usr/local/bin/terraform")
                .FirstOrDefault(File.Exists);
            if (found is null)
            {
                Assert.Fail("terraform is not installed (not on PATH, not at /usr/local/bin/terraform): the L2 tests run the real one; install Terraform 1.6 or later.");
            }

            return found!;
        }
    }

    /// <summary>
    /// Writes <c>terraform</c> into <paramref name="bin"/>: it logs its arguments, runs <paramref name="beforeApply"/>
    /// (shell) before an apply, sleeps <paramref name="planSeconds"/> during a plan, then runs the real terraform.
    /// </summary>
    public static void Wrap(string bin, string beforeApply = "", double planSeconds = 0)
    {
        var events = System.IO.Path.Combine(bin, "terraform.events");
        var seconds = planSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        FakeTool.Write(bin, "terraform", $$"""
            case " $* " in
              *" plan "*) echo "begin $1" >> "{{events}}"; sleep {{seconds}} ;;
              *" apply "*) {{(beforeApply.Length == 0 ? ":" : beforeApply)}} ;;
            esac
            "{{Path}}" "$@"
            code=$?
            case " $* " in *" plan "*) echo "end $1" >> "{{events}}" ;; esac
            exit $code
            """);
    }

    /// <summary>Every call's arguments, in order.</summary>
    public static string[] Calls(string bin) => FakeTool.RecordedCalls(bin, "terraform");

    /// <summary>The begin/end lines of every plan, in order.</summary>
    public static string[] PlanEvents(string bin)
    {
        var file = System.IO.Path.Combine(bin, "terraform.events");
        return File.Exists(file) ? File.ReadAllLines(file) : [];
    }
}
