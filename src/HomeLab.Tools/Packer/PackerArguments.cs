using Cake.Core;
using Cake.Core.IO;

namespace HomeLab.Tools.Packer;

/// <summary>The arguments validate and build share.</summary>
internal static class PackerArguments
{
    /// <summary>Appends <c>-only</c>, <c>-except</c>, each <c>-var</c> and each <c>-var-file</c>, in that order.</summary>
    public static ProcessArgumentBuilder AppendTemplateOptions(
        this ProcessArgumentBuilder arguments, PackerTemplateSettings settings, ICakeEnvironment environment)
    {
        if (settings.Only.Count > 0)
        {
            arguments.AppendSwitchQuoted("-only", "=", string.Join(',', settings.Only));
        }

        if (settings.Except.Count > 0)
        {
            arguments.AppendSwitchQuoted("-except", "=", string.Join(',', settings.Except));
        }

        foreach (var (name, value) in settings.Variables)
        {
            arguments.AppendSwitchQuoted("-var", " ", $"{name}={value}");
        }

        foreach (var file in settings.VarFiles)
        {
            arguments.AppendSwitchQuoted("-var-file", "=", file.MakeAbsolute(environment).FullPath);
        }

        return arguments;
    }

    /// <summary>Appends the template, last, as packer expects.</summary>
    public static ProcessArgumentBuilder AppendTemplate(this ProcessArgumentBuilder arguments, PackerTemplatePath template) =>
        arguments.AppendQuoted(template.FullPath);
}
