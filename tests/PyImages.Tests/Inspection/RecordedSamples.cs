namespace PyImages.Tests.Inspection;

/// <summary>Real engine output for one image: FROM the Debian python base, two RUN layers (one deletes a file the other added), one LABEL.</summary>
internal static class RecordedSamples
{
    /// <summary>Recorded from `docker image inspect` (Docker 20.10, classic builder), trimmed.</summary>
    public const string DockerInspect = """
        [
          {
            "Id": "sha256:6f8d85c409a74a175a8905c03d40f6559616639800f5bb397ebd48cdd45edfb1",
            "RepoTags": [
              "pyimages-sample:rs"
            ],
            "RepoDigests": [],
            "Parent": "sha256:1f40662b3094a30f582125e884f80e369593d1470578e25bce312e2e1b450fcf",
            "Comment": "",
            "Created": "2026-11-29T13:59:59.844403034Z",
            "DockerVersion": "20.10.24+dfsg1",
            "Author": "",
            "Config": {
              "Hostname": "",
              "Domainname": "",
              "User": "",
              "AttachStdin": false,
              "AttachStdout": false,
              "AttachStderr": false,
              "Tty": false,
              "OpenStdin": false,
              "StdinOnce": false,
              "Env": [
                "PIP_BREAK_SYSTEM_PACKAGES=1",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
              ],
              "Cmd": [
                "python3"
              ],
              "Image": "sha256:1f40662b3094a30f582125e884f80e369593d1470578e25bce312e2e1b450fcf",
              "Volumes": null,
              "WorkingDir": "",
              "Entrypoint": null,
              "OnBuild": null,
              "Labels": {
                "org.pyimages.variant": "sample"
              }
            },
            "Architecture": "amd64",
            "Os": "linux",
            "Size": 232937182,
            "VirtualSize": 232937182,
            "RootFS": {
              "Type": "layers",
              "Layers": [
                "sha256:0d7a62ee677fc96cf942cadd282ed731e649b8bb7a5202c4bbcf610c981d9f7c",
                "sha256:dcbb542aa72bbcb4feddb1ad1e1f2fb58f240103f3e5b7cd19775b5e6411cbcc",
                "sha256:b9b66073bf6fbb1e5652c6eff0c6e20abaecd913d58d181af1e59cd93dc9f769"
              ]
            }
          }
        ]
        """;

    /// <summary>Recorded from `podman image inspect` (Podman 4.3) of the same image, trimmed.</summary>
    public const string PodmanInspect = """
        [
          {
            "Id": "6f8d85c409a74a175a8905c03d40f6559616639800f5bb397ebd48cdd45edfb1",
            "Digest": "sha256:4b9e2593ec6c448a792a308691d71dc02fe4b5ac8272f74878a8fdcf06ab2e11",
            "RepoTags": [
              "localhost/pyimages-sample:rs"
            ],
            "RepoDigests": [
              "localhost/pyimages-sample@sha256:4b9e2593ec6c448a792a308691d71dc02fe4b5ac8272f74878a8fdcf06ab2e11"
            ],
            "Parent": "",
            "Comment": "",
            "Created": "2026-11-29T13:59:59.844403034Z",
            "Config": {
              "Env": [
                "PIP_BREAK_SYSTEM_PACKAGES=1",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
              ],
              "Cmd": [
                "python3"
              ],
              "Labels": {
                "org.pyimages.variant": "sample"
              }
            },
            "Version": "20.10.24+dfsg1",
            "Author": "",
            "Architecture": "amd64",
            "Os": "linux",
            "Size": 241174431,
            "VirtualSize": 241174431,
            "RootFS": {
              "Type": "layers",
              "Layers": [
                "sha256:0d7a62ee677fc96cf942cadd282ed731e649b8bb7a5202c4bbcf610c981d9f7c",
                "sha256:dcbb542aa72bbcb4feddb1ad1e1f2fb58f240103f3e5b7cd19775b5e6411cbcc",
                "sha256:b9b66073bf6fbb1e5652c6eff0c6e20abaecd913d58d181af1e59cd93dc9f769"
              ]
            },
            "Labels": {
              "org.pyimages.variant": "sample"
            },
            "Annotations": {},
            "ManifestType": "application/vnd.docker.distribution.manifest.v2+json",
            "User": "",
            "History": [
              {
                "created": "2026-11-29T13:58:31.397071063Z",
                "comment": "Imported from -"
              },
              {
                "created": "2026-11-29T13:59:59.300940123Z",
                "created_by": "/bin/sh -c echo hello > /tmp/a.txt && mkdir -p /opt/d && echo x > /opt/d/f"
              },
              {
                "created": "2026-11-29T13:59:59.752696269Z",
                "created_by": "/bin/sh -c rm /tmp/a.txt && echo again > /opt/d/g"
              },
              {
                "created": "2026-11-29T13:59:59.844403034Z",
                "created_by": "/bin/sh -c #(nop)  LABEL org.pyimages.variant=sample",
                "empty_layer": true
              }
            ],
            "NamesHistory": [
              "localhost/pyimages-sample:rs"
            ]
          }
        ]
        """;

    /// <summary>Recorded from `docker history --no-trunc --format '{{json .}}'`, trimmed.</summary>
    public const string DockerHistory = """
        {"Comment":"","CreatedAt":"2026-11-29T13:59:59Z","CreatedBy":"/bin/sh -c #(nop)  LABEL org.pyimages.variant=sample","CreatedSince":"Less than a second ago","ID":"sha256:6f8d85c409a74a175a8905c03d40f6559616639800f5bb397ebd48cdd45edfb1","Size":"0B"}
        {"Comment":"","CreatedAt":"2026-11-29T13:59:59Z","CreatedBy":"/bin/sh -c rm /tmp/a.txt \u0026\u0026 echo again \u003e /opt/d/g","CreatedSince":"Less than a second ago","ID":"sha256:1f40662b3094a30f582125e884f80e369593d1470578e25bce312e2e1b450fcf","Size":"6B"}
        {"Comment":"","CreatedAt":"2026-11-29T13:59:59Z","CreatedBy":"/bin/sh -c echo hello \u003e /tmp/a.txt \u0026\u0026 mkdir -p /opt/d \u0026\u0026 echo x \u003e /opt/d/f","CreatedSince":"Less than a second ago","ID":"sha256:c0c5c8995d49f226ddb44f54ac5c898b6d5e636c63c1d45d890c298e0598085d","Size":"8B"}
        {"Comment":"Imported from -","CreatedAt":"2026-11-29T13:58:31Z","CreatedBy":"","CreatedSince":"About a minute ago","ID":"sha256:bf54762b91a4321ec79ba7d51756c118d5527e6d8dd53e1fb43e6c188154dc00","Size":"233MB"}
        """;

    /// <summary>Recorded from `docker history --no-trunc --human=false --format '{{json .}}'`, trimmed.</summary>
    public const string DockerHistoryRawBytes = """
        {"Comment":"","CreatedAt":"2026-11-29T13:59:59Z","CreatedBy":"/bin/sh -c #(nop)  LABEL org.pyimages.variant=sample","CreatedSince":"2026-11-29T13:59:59Z","ID":"sha256:6f8d85c409a74a175a8905c03d40f6559616639800f5bb397ebd48cdd45edfb1","Size":"0"}
        {"Comment":"","CreatedAt":"2026-11-29T13:59:59Z","CreatedBy":"/bin/sh -c rm /tmp/a.txt \u0026\u0026 echo again \u003e /opt/d/g","CreatedSince":"2026-11-29T13:59:59Z","ID":"sha256:1f40662b3094a30f582125e884f80e369593d1470578e25bce312e2e1b450fcf","Size":"6"}
        {"Comment":"","CreatedAt":"2026-11-29T13:59:59Z","CreatedBy":"/bin/sh -c echo hello \u003e /tmp/a.txt \u0026\u0026 mkdir -p /opt/d \u0026\u0026 echo x \u003e /opt/d/f","CreatedSince":"2026-11-29T13:59:59Z","ID":"sha256:c0c5c8995d49f226ddb44f54ac5c898b6d5e636c63c1d45d890c298e0598085d","Size":"8"}
        {"Comment":"Imported from -","CreatedAt":"2026-11-29T13:58:31Z","CreatedBy":"","CreatedSince":"2026-11-29T13:58:31Z","ID":"sha256:bf54762b91a4321ec79ba7d51756c118d5527e6d8dd53e1fb43e6c188154dc00","Size":"232937168"}
        """;

    /// <summary>Recorded from `podman history --no-trunc --format '{{json .}}'` (Podman 4 prints one array), trimmed.</summary>
    public const string PodmanHistory = """
        [{"id":"6f8d85c409a74a175a8905c03d40f6559616639800f5bb397ebd48cdd45edfb1","created":"2026-11-29T13:59:59.844403034Z","CreatedBy":"/bin/sh -c #(nop)  LABEL org.pyimages.variant=sample","size":0,"Created":"2026-11-29T13:59:59Z"},{"id":"\u003cmissing\u003e","created":"2026-11-29T13:59:59.752696269Z","CreatedBy":"/bin/sh -c rm /tmp/a.txt \u0026\u0026 echo again \u003e /opt/d/g","size":4096,"Created":"2026-11-29T13:59:59Z"},{"id":"\u003cmissing\u003e","created":"2026-11-29T13:59:59.300940123Z","CreatedBy":"/bin/sh -c echo hello \u003e /tmp/a.txt \u0026\u0026 mkdir -p /opt/d \u0026\u0026 echo x \u003e /opt/d/f","size":4608,"Created":"2026-11-29T13:59:59Z"},{"id":"\u003cmissing\u003e","created":"2026-11-29T13:58:31.397071063Z","size":241162240,"comment":"Imported from -","Created":"2026-11-29T13:58:31Z"}]
        """;
}
