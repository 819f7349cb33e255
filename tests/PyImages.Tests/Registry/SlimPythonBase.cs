using System.Security.Cryptography;
using System.Text;
using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Cli;
using PyImages.Engine.Provisioning;
using PyImages.Inspection;
using Serilog;

namespace PyImages.Tests.Registry;

/// <summary>
/// A stand-in for the official python:3.11-slim-bookworm layout, built once per machine and kept by a tag and a label of the
/// tests' own: python.org's release (the upstream tarball of Debian's python3.11 source package) configured and installed
/// under /usr/local the way docker-library/python's Dockerfile does it (shared libpython that no Debian package owns, pip
/// from ensurepip, headers kept, tests, .pyc and the static library removed, stripped), on a Debian minbase with no
/// Debian python3. It is not the official image, so it never carries a python:* name.
/// </summary>
public static class SlimPythonBase
{
    public const string PythonVersion = "3.11.2";

    public const string Repository = "pyimages-test/python-slim-layout";

    public const string Tag = Repository + ":" + PythonVersion;

    /// <summary>Debian minbase with nothing added, imported from debootstrap (the official image's debian:bookworm-slim has no registry here).</summary>
    public const string MinbaseTag = "pyimages-test/debian-minbase:bookworm";

    private const string RecipeLabel = "org.pyimages.test.recipe";

    /// <summary>
    /// No PGO or LTO (docker-library builds with --enable-optimizations --with-lto): PGO runs the test suite and LTO
    /// relinks everything, several times the build on two cores; the layout is the same. Measured on two cores: the build
    /// stage (apt, source fetch, configure, make, install) 3 min on a quiet machine, 31 min while the cores were shared. tk-dev and libbluetooth-dev are left out too (no tkinter, no
    /// Bluetooth sockets), and wheel comes from Debian's wheel package (docker-library installs it from PyPI).
    /// </summary>
    public static readonly string Dockerfile = $$"""
        FROM {{MinbaseTag}} AS build
        ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin \
            LANG=C.UTF-8
        RUN set -eux; \
            sed -n 's/^deb /deb-src /p' /etc/apt/sources.list > /etc/apt/sources.list.d/deb-src.list; \
            apt-get -o Acquire::Retries=3 update; \
            apt-get -o Acquire::Retries=3 install -y --no-install-recommends \
              dpkg-dev gcc libbz2-dev libc6-dev libdb-dev libffi-dev libgdbm-dev liblzma-dev libncursesw5-dev \
              libreadline-dev libsqlite3-dev libssl-dev make python3-wheel-whl uuid-dev xz-utils zlib1g-dev; \
            mkdir -p /usr/src/python; \
            cd /usr/src; \
            apt-get -o Acquire::Retries=3 source --download-only python3.11; \
            tar --extract --gzip --file python3.11_{{PythonVersion}}.orig.tar.gz --directory /usr/src/python --strip-components=1; \
            grep -q '^#define PY_VERSION *"{{PythonVersion}}"$' /usr/src/python/Include/patchlevel.h; \
            rm -f python3.11_*; \
            cd /usr/src/python; \
            ./configure \
              --build="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)" \
              --enable-loadable-sqlite-extensions \
              --enable-option-checking=fatal \
              --enable-shared \
              --with-ensurepip; \
            EXTRA_CFLAGS="$(dpkg-buildflags --get CFLAGS)"; \
            LDFLAGS="$(dpkg-buildflags --get LDFLAGS),--strip-all"; \
            make -j "$(nproc)" "EXTRA_CFLAGS=$EXTRA_CFLAGS" "LDFLAGS=$LDFLAGS"; \
            rm python; \
            make -j "$(nproc)" "EXTRA_CFLAGS=$EXTRA_CFLAGS" "LDFLAGS=$LDFLAGS,-rpath='\$\$ORIGIN/../lib'" python; \
            make install; \
            cd /; \
            rm -rf /usr/src/python; \
            python3 -m pip install --disable-pip-version-check --no-cache-dir --no-compile --no-index /usr/share/python-wheels/wheel-*.whl; \
            find /usr/local -depth \
              \( \( -type d -a \( -name test -o -name tests -o -name idle_test \) \) \
                 -o \( -type f -a \( -name '*.pyc' -o -name '*.pyo' -o -name 'libpython*.a' \) \) \) -exec rm -rf '{}' +; \
            find /usr/local -type f -executable -exec ldd '{}' ';' 2>/dev/null \
              | awk '/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); printf "*%s\n", so }' \
              | sort -u | xargs -r dpkg-query --search | cut -d: -f1 | sort -u > /usr/src/runtime-packages; \
            cat /usr/src/runtime-packages

        FROM {{MinbaseTag}}
        ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin \
            LANG=C.UTF-8
        COPY --from=build /usr/src/runtime-packages /usr/src/runtime-packages
        RUN set -eux; \
            apt-get -o Acquire::Retries=3 update; \
            apt-get -o Acquire::Retries=3 install -y --no-install-recommends ca-certificates netbase tzdata $(cat /usr/src/runtime-packages); \
            apt-get clean; \
            rm -rf /var/lib/apt/lists/* /usr/src/runtime-packages
        COPY --from=build /usr/local /usr/local
        RUN set -eux; \
            ldconfig; \
            export PYTHONDONTWRITEBYTECODE=1; \
            python3 --version; \
            pip3 --version; \
            for src in idle3 pip3 pydoc3 python3 python3-config; do \
              dst="$(echo "$src" | tr -d 3)"; \
              [ -s "/usr/local/bin/$src" ]; \
              [ ! -e "/usr/local/bin/$dst" ]; \
              ln -svT "$src" "/usr/local/bin/$dst"; \
            done
        CMD ["python3"]
        """;

    /// <summary>Changes whenever the Dockerfile does: a cached image of another recipe is rebuilt.</summary>
    public static string RecipeHash { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Dockerfile)))[..16].ToLowerInvariant();

    /// <summary>The stand-in on <paramref name="engine"/>, built (minbase first) when it is missing or of another recipe; one test process builds, others wait.</summary>
    public static async Task EnsureAsync(IContainerEngine engine, string workDirectory, CancellationToken cancellationToken)
    {
        if (await IsCurrentAsync(engine, cancellationToken))
        {
            return;
        }

        var lockPath = Path.Combine(Path.GetTempPath(), $"pyimages-test-slim-base-{engine.Kind.ToString().ToLowerInvariant()}.lock");
        using var buildLock = await RunLock.AcquireAsync(lockPath, TimeSpan.FromMinutes(30), _ => { }, cancellationToken, holds: $"the build of {Tag}");
        if (await IsCurrentAsync(engine, cancellationToken))
        {
            return;
        }

        Directory.CreateDirectory(workDirectory);
        if (!await engine.ImageExistsAsync(MinbaseTag, cancellationToken))
        {
            await new DebootstrapImageBuilder(new CliProcessRunner(), new LocalHostFacts(), Log.Logger)
                .BuildAsync(engine, MinbaseTag, workDirectory, cancellationToken, include: [], changes: ["CMD [\"bash\"]"]);
        }

        var context = Directory.CreateDirectory(Path.Combine(workDirectory, "slim-base-context")).FullName;
        var dockerfile = Path.Combine(workDirectory, "Dockerfile.slim-base");
        await File.WriteAllTextAsync(dockerfile, Dockerfile, cancellationToken);
        var result = await engine.BuildAsync(
            new BuildRequest(dockerfile, context, Tag, new Dictionary<string, string> { [RecipeLabel] = RecipeHash }, dockerfile + ".log"),
            cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            throw new PyImagesException($"Building the stand-in base {Tag} failed (exit code {result.ExitCode}); log {result.LogPath}:\n{string.Join('\n', result.OutputTail)}");
        }
    }

    private static async Task<bool> IsCurrentAsync(IContainerEngine engine, CancellationToken cancellationToken) =>
        await engine.ImageExistsAsync(Tag, cancellationToken)
        && ImageFactsParser.Parse(await engine.InspectImageJsonAsync(Tag, cancellationToken)).Labels.GetValueOrDefault(RecipeLabel) == RecipeHash;
}
