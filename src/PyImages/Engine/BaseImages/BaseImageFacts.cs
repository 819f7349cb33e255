using PyImages.Spec;

namespace PyImages.Engine.BaseImages;

/// <summary>
/// What the base image really is, read from the image itself (never guessed from its name):
/// <c>/etc/os-release</c> for the family, the Python interpreter for the rest.
/// </summary>
/// <param name="Reference">The image reference really used (may be a bootstrapped stand-in for the one configured).</param>
/// <param name="Family">From ID / ID_LIKE in /etc/os-release.</param>
/// <param name="OsPrettyName">PRETTY_NAME from /etc/os-release, for the report.</param>
/// <param name="PythonExecutable">Absolute path of the interpreter, e.g. /usr/local/bin/python3 or /usr/bin/python3.</param>
/// <param name="PythonVersion">e.g. "3.11.2".</param>
/// <param name="HasPythonHeaders">Python.h is present (official python images); when false, the build stage needs the distribution's -dev package.</param>
/// <param name="Bootstrapped">True when the configured base could be neither found nor pulled and a stand-in was bootstrapped.</param>
/// <param name="ConfiguredReference">The reference the user asked for.</param>
public sealed record BaseImageFacts(
    string Reference,
    BaseFamily Family,
    string OsPrettyName,
    string PythonExecutable,
    string PythonVersion,
    bool HasPythonHeaders,
    bool Bootstrapped,
    string ConfiguredReference);
