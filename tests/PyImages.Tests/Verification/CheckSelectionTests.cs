using PyImages.Verification;

namespace PyImages.Tests.Verification;

public sealed class CheckSelectionTests
{
    [Fact]
    public void No_names_run_every_check()
    {
        var selection = CheckSelection.Parse(null, hasApp: true);

        Assert.True(selection.IsAll);
        Assert.All([.. CheckSelection.ScriptChecks, CheckNames.Http], check => Assert.True(selection.Runs(check)));
    }

    [Fact]
    public void Http_alone_runs_the_http_check_and_no_script_check()
    {
        var selection = CheckSelection.Parse(["http"], hasApp: true);

        Assert.False(selection.IsAll);
        Assert.True(selection.Runs(CheckNames.Http));
        Assert.All(CheckSelection.ScriptChecks, check => Assert.False(selection.Runs(check)));
    }

    [Fact]
    public void Names_are_typed_with_dashes_in_any_case_and_may_be_comma_separated()
    {
        var selection = CheckSelection.Parse(["Shared-Libraries,non-root", "entry_points"], hasApp: false);

        Assert.True(selection.Runs(CheckNames.SharedLibraries));
        Assert.True(selection.Runs(CheckNames.NonRoot));
        Assert.True(selection.Runs(CheckNames.EntryPoints));
        Assert.False(selection.Runs(CheckNames.Import));
    }

    [Fact]
    public void An_unknown_name_is_refused_naming_it_the_input_and_every_allowed_name()
    {
        var error = Assert.Throws<PyImagesException>(() => CheckSelection.Parse(["http", "speed"], hasApp: true));

        Assert.Contains("--checks 'speed' is not a check", error.Message);
        Assert.Contains("Allowed: import, entry-points, no-compiler, shared-libraries, non-root, no-world-writable-files, "
            + "no-shell-or-package-manager, every-module-imports, http", error.Message);
        Assert.DoesNotContain("'http'", error.Message);
    }

    [Fact]
    public void Http_without_an_application_is_refused_saying_to_give_its_folder()
    {
        var error = Assert.Throws<PyImagesException>(() => CheckSelection.Parse(["http"], hasApp: false));

        Assert.Contains("--checks http", error.Message);
        Assert.Contains("--app DIR", error.Message);
    }

    [Fact]
    public void Distroless_images_get_the_no_shell_and_every_module_checks_and_applications_the_http_check_and_no_other_image_does()
    {
        var plain = CheckSelection.ApplicableTo(distroless: false, hasApp: false);
        var distrolessApp = CheckSelection.ApplicableTo(distroless: true, hasApp: true);

        Assert.DoesNotContain(CheckNames.NoShell, plain);
        Assert.DoesNotContain(CheckNames.EveryModuleImports, plain);
        Assert.DoesNotContain(CheckNames.Http, plain);
        Assert.Equal([.. plain, CheckNames.NoShell, CheckNames.EveryModuleImports, CheckNames.Http], distrolessApp);
    }
}
