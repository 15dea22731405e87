using System.Xml;
using Cake.Frosting;

namespace HomeLab.Build.RunReport;

/// <summary>
/// <c>artifacts/run-report.junit.xml</c>: one testcase per task, as CI dashboards read JUnit: a failed or interrupted
/// task is a failure, a skipped one (or one the run did not reach) is skipped.
/// </summary>
internal static class RunReportJUnit
{
    public static void Write(string path, ReportedRun report)
    {
        var run = report.Run;
        var tasks = report.Tasks.Select(task => task.Task).ToList();
        var failures = tasks.Count(IsFailure).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var skipped = tasks.Count(IsSkipped).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var count = tasks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var time = RunReportJson.Invariant((run.End - run.Start).TotalSeconds);
        var name = "HomeLab " + string.Join(", ", run.Targets);

        using var xml = XmlWriter.Create(path, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("tests", count);
        xml.WriteAttributeString("failures", failures);
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", skipped);
        xml.WriteAttributeString("time", time);

        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("tests", count);
        xml.WriteAttributeString("failures", failures);
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", skipped);
        xml.WriteAttributeString("time", time);
        xml.WriteAttributeString("timestamp", run.Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var task in report.Tasks)
        {
            WriteCase(xml, task);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteCase(XmlWriter xml, ReportedTask reported)
    {
        var task = reported.Task;
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", reported.Layer is null ? "HomeLab" : $"HomeLab.{reported.Layer}");
        xml.WriteAttributeString("name", task.Name);
        xml.WriteAttributeString("time", RunReportJson.Invariant(task.Duration.TotalSeconds));
        if (IsFailure(task))
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", task.Error ?? "failed");
            xml.WriteAttributeString("type", task.Status == TaskRunStatus.Interrupted ? "interrupted" : "failed");
            xml.WriteString(task.Error ?? "failed");
            xml.WriteEndElement();
        }
        else if (IsSkipped(task))
        {
            xml.WriteStartElement("skipped");
            xml.WriteAttributeString("message", task.Status == TaskRunStatus.NotRun
                ? "not run: the run stopped before this task"
                : task.SkipReason ?? "skipped");
            xml.WriteEndElement();
        }

        if (task.Criteria is { } criteria)
        {
            xml.WriteElementString("system-out", $"criteria: {criteria}");
        }

        xml.WriteEndElement();
    }

    private static bool IsFailure(TaskRun task) => task.Status is TaskRunStatus.Failed or TaskRunStatus.Interrupted;

    private static bool IsSkipped(TaskRun task) => task.Status is TaskRunStatus.Skipped or TaskRunStatus.NotRun;
}
