using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NordicChina.Sim.Hosting.Cluster;
using YamlDotNet.RepresentationModel;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>
/// Checks the deployment files in deploy/ against the program: YAML that parses, only configuration keys that
/// <see cref="ClusterSettings.Keys"/> knows, the wiring Orleans' Kubernetes hosting needs, and a compose topology
/// whose silos can coexist. Nothing here needs a container engine or a Kubernetes cluster.
/// </summary>
public sealed class DeployManifestTests
{
    private static readonly string Root = FindRoot();
    private static readonly string DeployDir = Path.Combine(Root, "deploy");
    private static readonly string K8sDir = Path.Combine(DeployDir, "k8s");
    private static readonly string ComposeFile = Path.Combine(DeployDir, "compose.yaml");

    private static readonly Regex DnsLabel = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");

    // ---- parsing --------------------------------------------------------------------------------------------

    [Fact]
    public void Every_yaml_document_parses_and_every_k8s_object_has_api_version_kind_and_name()
    {
        var files = K8sFiles();
        Assert.True(files.Count >= 5, $"expected the k8s manifests in {K8sDir}, found {files.Count} files");

        var kinds = new List<string>();
        foreach (var file in files)
        {
            var docs = LoadYaml(file);
            Assert.NotEmpty(docs);
            foreach (var doc in docs)
            {
                string where = $"{Rel(file)} ({Str(doc, "kind") ?? "no kind"})";
                var apiVersion = Str(doc, "apiVersion");
                Assert.True(apiVersion is not null && Regex.IsMatch(apiVersion, @"^([a-z0-9.-]+/)?v\d+((alpha|beta)\d+)?$"),
                    $"{where}: apiVersion '{apiVersion}'");
                var kind = Str(doc, "kind");
                Assert.True(kind is not null && Regex.IsMatch(kind, "^[A-Z][A-Za-z]+$"), $"{where}: kind '{kind}'");
                var name = Str(doc, "metadata.name");
                Assert.True(name is not null && DnsLabel.IsMatch(name) && name.Length <= 63, $"{where}: metadata.name '{name}'");
                // Namespace-agnostic: the namespace is chosen with `kubectl -n` (deploy/README.md).
                Assert.Null(Str(doc, "metadata.namespace"));
                kinds.Add(kind!);
            }
        }
        foreach (var expected in new[] { "ServiceAccount", "Role", "RoleBinding", "ConfigMap", "Secret", "Deployment", "Service", "Job", "PersistentVolumeClaim" })
            Assert.Contains(expected, kinds);

        var compose = LoadYaml(ComposeFile);
        var composeRoot = Assert.Single(compose);
        Assert.NotNull(Node(composeRoot, "services") as YamlMappingNode);
    }

    // ---- configuration keys ---------------------------------------------------------------------------------

    [Fact]
    public void Every_NORDICSIM_variable_in_the_manifests_and_compose_is_a_known_setting()
    {
        var known = ClusterSettings.Keys.Select(k => k.EnvironmentVariable).ToHashSet(StringComparer.Ordinal);
        var structural = new List<(string Name, string Where)>();

        foreach (var file in K8sFiles())
            foreach (var doc in LoadYaml(file))
            {
                foreach (var container in Containers(doc))
                    foreach (var (name, _) in EnvEntries(container))
                        structural.Add((name, $"{Rel(file)} env"));
                if (Str(doc, "kind") == "Secret")
                    foreach (var section in new[] { "stringData", "data" })
                        if (Node(doc, section) is YamlMappingNode map)
                            foreach (var key in Keys(map)) structural.Add((key, $"{Rel(file)} Secret {section}"));
            }
        foreach (var (service, body) in ComposeServices())
            foreach (var name in ComposeEnvironment(body).Keys)
                structural.Add((name, $"compose.yaml service {service}"));

        // The structural scan must have found what the deployment cannot work without.
        Assert.Contains(structural, e => e.Name == "NORDICSIM_Store__ConnectionString" && e.Where.Contains("Secret"));
        Assert.Contains(structural, e => e.Name == "NORDICSIM_Silo__Kubernetes");
        Assert.Contains(structural, e => e.Name == "NORDICSIM_Silo__AdvertisedAddress" && e.Where.StartsWith("compose"));

        foreach (var (name, where) in structural.Where(e => e.Name.StartsWith(ClusterSettings.EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)))
            if (!known.Contains(name)) Assert.Fail($"{where}: {name} is not the environment variable of any ClusterSettings key");

        // Anything that looks like a setting variable anywhere in the text (values, comments, the README) too.
        var texts = K8sFiles().Append(ComposeFile).Append(Path.Combine(DeployDir, "README.md"));
        foreach (var file in texts)
            foreach (Match m in Regex.Matches(File.ReadAllText(file), @"\bNORDICSIM_\w+"))
                if (!known.Contains(m.Value)) Assert.Fail($"{Rel(file)}: {m.Value} is not the environment variable of any ClusterSettings key");
    }

    [Fact]
    public void The_cluster_json_files_load_with_ClusterSettings()
    {
        var local = ClusterSettings.Load(Path.Combine(DeployDir, "cluster.json"), new Dictionary<string, string?>());
        Assert.Equal("nordicsim", local.ClusterId);
        Assert.Equal(11111, local.SiloPort);
        Assert.Equal(30000, local.GatewayPort);
        Assert.Equal("127.0.0.1", local.AdvertisedAddress);
        Assert.False(local.Kubernetes);
        Assert.Equal("", local.ConnectionString);   // the secret comes from the environment, never the file

        var configMapJson = ConfigMapClusterJson();
        Assert.DoesNotContain("ConnectionString", configMapJson);
        WithTempFile(configMapJson, path =>
        {
            var k8s = ClusterSettings.Load(path, new Dictionary<string, string?>());
            Assert.Equal(11111, k8s.SiloPort);
            Assert.Equal(30000, k8s.GatewayPort);

            // With the silo Deployment's literal variables and the Secret, as a silo pod sees them.
            var env = LiteralEnv(SiloContainer());
            foreach (var (key, value) in SecretData()) env[key] = value;
            var silo = ClusterSettings.Load(path, env);
            Assert.True(silo.Kubernetes);
            Assert.True(silo.ListenOnAnyAddress);
            silo.RequireStore();
        });
    }

    // ---- Kubernetes -----------------------------------------------------------------------------------------

    [Fact]
    public void The_silo_Deployment_carries_what_Orleans_Kubernetes_hosting_reads()
    {
        var deployment = K8sObject("Deployment");
        Assert.Equal("3", Str(deployment, "spec.replicas"));
        var labels = (YamlMappingNode)Node(deployment, "spec.template.metadata.labels")!;
        var container = SiloContainer();
        var env = EnvEntries(container).ToList();

        // The ids the silo will run with: the ConfigMap's cluster.json overlaid by the Deployment's env.
        string clusterId = "", serviceId = "";
        WithTempFile(ConfigMapClusterJson(), path =>
        {
            var settings = ClusterSettings.Load(path, LiteralEnv(container));
            (clusterId, serviceId) = (settings.ClusterId, settings.ServiceId);
        });
        // ORLEANS_*_ID would override the configured ids; if present they must agree.
        foreach (var (name, value) in env)
        {
            if (name == "ORLEANS_SERVICE_ID") Assert.Equal(serviceId, Str(value, "value"));
            if (name == "ORLEANS_CLUSTER_ID") Assert.Equal(clusterId, Str(value, "value"));
        }
        Assert.Equal(serviceId, Str(labels, "orleans/serviceId"));
        Assert.Equal(clusterId, Str(labels, "orleans/clusterId"));
        // The selector must not depend on labels Orleans may patch.
        foreach (var key in Keys((YamlMappingNode)Node(deployment, "spec.selector.matchLabels")!))
            Assert.False(key.StartsWith("orleans/", StringComparison.Ordinal), key);

        var fieldRefs = new Dictionary<string, string> { ["POD_NAME"] = "metadata.name", ["POD_NAMESPACE"] = "metadata.namespace", ["POD_IP"] = "status.podIP" };
        foreach (var (name, path) in fieldRefs)
        {
            var entry = env.Where(e => e.Name == name).Select(e => e.Entry).SingleOrDefault();
            Assert.True(entry is not null, $"the silo container does not set {name}");
            Assert.Equal(path, Str(entry!, "valueFrom.fieldRef.fieldPath"));
        }

        Assert.Equal("true", EnvValue(container, "NORDICSIM_Silo__Kubernetes"));
        Assert.Equal("true", EnvValue(container, "NORDICSIM_Silo__ListenOnAnyAddress"));
        // The agent matches silos to pods by name: the silo name must be the pod name, defined after POD_NAME so
        // that $(POD_NAME) expands.
        Assert.Equal("$(POD_NAME)", EnvValue(container, "NORDICSIM_Silo__Name"));
        Assert.True(env.FindIndex(e => e.Name == "POD_NAME") < env.FindIndex(e => e.Name == "NORDICSIM_Silo__Name"));
        var advertised = EnvValue(container, "NORDICSIM_Silo__AdvertisedAddress");
        if (advertised is not null)
        {
            Assert.Equal("$(POD_IP)", advertised);
            Assert.True(env.FindIndex(e => e.Name == "POD_IP") < env.FindIndex(e => e.Name == "NORDICSIM_Silo__AdvertisedAddress"));
        }

        var args = Strings(Node(container, "args"));
        Assert.Equal("silo", args.FirstOrDefault());
        AssertConfigArgument(deployment, container, args, "--config");

        var ports = ContainerPorts(container);
        Assert.Contains(11111, ports.Values);
        Assert.Contains(30000, ports.Values);
        foreach (var probe in new[] { "readinessProbe", "livenessProbe" })
        {
            var port = Str(container, $"{probe}.tcpSocket.port");
            Assert.True(port is not null, $"{probe} is not a tcpSocket probe");
            Assert.Equal(11111, int.TryParse(port, out var n) ? n : ports.GetValueOrDefault(port!, -1));
        }
        Assert.NotNull(Str(container, "resources.requests.cpu"));
        Assert.NotNull(Str(container, "resources.limits.memory"));
        Assert.Equal("true", Str(deployment, "spec.template.spec.securityContext.runAsNonRoot"));

        // The gateway Service selects the silo pods and exposes the gateway port.
        var service = K8sObject("Service");
        var selector = (YamlMappingNode)Node(service, "spec.selector")!;
        Assert.NotEmpty(Keys(selector));
        foreach (var key in Keys(selector)) Assert.Equal(ChildStr(selector, key), ChildStr(labels, key));
        var servicePort = Assert.Single(((YamlSequenceNode)Node(service, "spec.ports")!).Children);
        Assert.Equal("30000", Str(servicePort, "port"));
    }

    [Fact]
    public void The_Role_grants_the_pod_verbs_and_is_bound_to_the_silo_service_account()
    {
        var role = K8sObject("Role");
        var podRules = ((YamlSequenceNode)Node(role, "rules")!).Children
            .Where(r => Strings(Node(r, "apiGroups")).Contains("") && Strings(Node(r, "resources")).Contains("pods"))
            .ToList();
        var verbs = podRules.SelectMany(r => Strings(Node(r, "verbs"))).ToHashSet();
        foreach (var verb in new[] { "get", "watch", "list", "delete", "patch" })
            if (!verbs.Contains(verb)) Assert.Fail($"the Role does not grant '{verb}' on pods");

        var serviceAccount = Str(K8sObject("Deployment"), "spec.template.spec.serviceAccountName");
        Assert.False(string.IsNullOrEmpty(serviceAccount), "the Deployment runs as the default service account");
        Assert.Contains(K8sObjects("ServiceAccount"), sa => Str(sa, "metadata.name") == serviceAccount);

        var binding = K8sObject("RoleBinding");
        Assert.Equal("Role", Str(binding, "roleRef.kind"));
        Assert.Equal(Str(role, "metadata.name"), Str(binding, "roleRef.name"));
        Assert.Equal("rbac.authorization.k8s.io", Str(binding, "roleRef.apiGroup"));
        Assert.Contains(((YamlSequenceNode)Node(binding, "subjects")!).Children,
            s => Str(s, "kind") == "ServiceAccount" && Str(s, "name") == serviceAccount && Str(s, "namespace") is null);
    }

    [Fact]
    public void The_Job_runs_a_scenario_against_the_cluster_with_the_Secret()
    {
        var job = K8sObject("Job");
        var container = Assert.Single(Containers(job));
        var args = Strings(Node(container, "args"));
        Assert.Equal("run", args.FirstOrDefault());
        Assert.Contains("--cluster", args);
        AssertConfigArgument(job, container, args, "--cluster");
        Assert.Equal("Never", Str(job, "spec.template.spec.restartPolicy"));
        // No orleans/* labels: the Kubernetes agent would take the client pod for a silo.
        if (Node(job, "spec.template.metadata.labels") is YamlMappingNode jobLabels)
            Assert.DoesNotContain(Keys(jobLabels), k => k.StartsWith("orleans/", StringComparison.Ordinal));

        // The scenario is one the image carries: /app/scenarios/<file> is the repository's scenarios/<file>.
        var scenario = args[1];
        Assert.StartsWith("/app/scenarios/", scenario);
        Assert.True(File.Exists(Path.Combine(Root, "scenarios", scenario["/app/scenarios/".Length..])), scenario);

        // --out is on a mounted volume, or the results die with the container's file system.
        int outIndex = args.IndexOf("--out");
        Assert.True(outIndex > 0 && outIndex + 1 < args.Count, "the Job has no --out");
        var mounts = ((YamlSequenceNode)Node(container, "volumeMounts")!).Children.Select(m => Str(m, "mountPath")!).ToList();
        Assert.Contains(mounts, m => args[outIndex + 1].StartsWith(m.TrimEnd('/') + "/", StringComparison.Ordinal));

        var secret = Str(K8sObject("Secret"), "metadata.name")!;
        Assert.Contains("NORDICSIM_Store__ConnectionString", SecretData().Keys);
        Assert.Contains(secret, SecretReferences(SiloContainer()));
        Assert.Contains(secret, SecretReferences(container));
    }

    // ---- compose --------------------------------------------------------------------------------------------

    [Fact]
    public void Compose_has_postgres_and_three_silos_that_do_not_collide()
    {
        var services = ComposeServices();
        var postgres = services.Where(s => (Str(s.Body, "image") ?? "").StartsWith("postgres:", StringComparison.Ordinal)).ToList();
        var (pgName, pgBody) = Assert.Single(postgres);
        var pgMajor = Regex.Match(Str(pgBody, "image")!, @"^postgres:(\d+)");
        Assert.True(pgMajor.Success && int.Parse(pgMajor.Groups[1].Value, CultureInfo.InvariantCulture) >= 15,
            $"postgres image '{Str(pgBody, "image")}': the schema needs PostgreSQL 15 or later");
        Assert.NotNull(Node(pgBody, "healthcheck.test"));

        var silos = services.Where(s => Strings(Node(s.Body, "command")).FirstOrDefault() == "silo").ToList();
        Assert.Equal(3, silos.Count);
        var subnet = Str((YamlMappingNode)((YamlSequenceNode)Node(Assert.Single(LoadYaml(ComposeFile)), "networks.nordicsim.ipam.config")!).Children[0], "subnet")!;

        var names = new HashSet<string>();
        var addresses = new HashSet<string>();
        var hostPorts = new HashSet<string>();
        foreach (var (name, body) in services)
            foreach (var port in Strings(Node(body, "ports")))
            {
                // "[ip:]host:container" -> the host side must be unique across the whole file.
                var parts = port.Split(':');
                Assert.True(parts.Length >= 2, $"{name}: port '{port}' leaves the host port to chance");
                var host = string.Join(':', parts[..^1]);
                Assert.True(hostPorts.Add(host), $"{name}: host port {host} is published twice");
            }
        foreach (var (name, body) in silos)
        {
            var env = ComposeEnvironment(body);
            Assert.True(names.Add(env.GetValueOrDefault("NORDICSIM_Silo__Name") ?? ""), $"{name}: NORDICSIM_Silo__Name missing or repeated");
            Assert.Equal("true", env.GetValueOrDefault("NORDICSIM_Silo__ListenOnAnyAddress"));
            var advertised = env.GetValueOrDefault("NORDICSIM_Silo__AdvertisedAddress") ?? "";
            Assert.True(IPAddress.TryParse(advertised, out var ip), $"{name}: Orleans advertises an IP address, not '{advertised}'");
            Assert.True(InSubnet(ip!, subnet), $"{name}: {advertised} is outside {subnet}");
            Assert.Equal(advertised, Str(body, "networks.nordicsim.ipv4_address"));
            Assert.True(addresses.Add(advertised), $"{name}: address {advertised} is used twice");
            Assert.Equal("service_healthy", Str(body, $"depends_on.{pgName}.condition"));
            Assert.StartsWith($"Host={pgName};", env.GetValueOrDefault("NORDICSIM_Store__ConnectionString") ?? "");

            // Everything a silo gets must load: deploy/cluster.json (mounted) overlaid by its environment.
            Assert.Contains(Strings(Node(body, "volumes")), v => v.StartsWith("./cluster.json:/etc/nordicsim/cluster.json", StringComparison.Ordinal));
            var settings = ClusterSettings.Load(Path.Combine(DeployDir, "cluster.json"), env.ToDictionary(kv => kv.Key, kv => (string?)kv.Value));
            settings.RequireStore();
            Assert.Equal(advertised, settings.AdvertisedAddress);
        }

        var client = services.Where(s => Strings(Node(s.Body, "command")).FirstOrDefault() == "run").ToList();
        var (clientName, clientBody) = Assert.Single(client);
        Assert.Contains("run", Strings(Node(clientBody, "profiles")));
        Assert.Contains("--cluster", Strings(Node(clientBody, "command")));
        ClusterSettings.Load(Path.Combine(DeployDir, "cluster.json"),
            ComposeEnvironment(clientBody).ToDictionary(kv => kv.Key, kv => (string?)kv.Value)).RequireStore();
        Assert.True(clientName.Length > 0);
    }

    // ---- image ----------------------------------------------------------------------------------------------

    [Fact]
    public void The_Dockerfile_publishes_the_cli_onto_the_aspnet_runtime_and_runs_nordicsim_dll()
    {
        var lines = File.ReadAllLines(Path.Combine(DeployDir, "Dockerfile"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var froms = lines.Where(l => l.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(froms.Count >= 2, "expected a multi-stage build");
        Assert.Matches(@"^FROM\s+mcr\.microsoft\.com/dotnet/sdk:10\.0\S*(\s+AS\s+\S+)?$", froms[0]);
        Assert.Matches(@"^FROM\s+mcr\.microsoft\.com/dotnet/aspnet:10\.0\S*(\s+AS\s+\S+)?$", froms[^1]);

        var finalStage = lines.Skip(lines.IndexOf(froms[^1])).ToList();
        var entrypoint = finalStage.LastOrDefault(l => l.StartsWith("ENTRYPOINT ", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(entrypoint);
        var words = JsonSerializer.Deserialize<string[]>(entrypoint!["ENTRYPOINT ".Length..])!;
        Assert.Equal("dotnet", words[0]);
        Assert.EndsWith("/nordicsim.dll", words[1]);

        var user = finalStage.LastOrDefault(l => l.StartsWith("USER ", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(user);
        Assert.DoesNotMatch(@"^USER\s+(root|0)(:|$)", user!);
        var exposed = finalStage.Where(l => l.StartsWith("EXPOSE ", StringComparison.OrdinalIgnoreCase))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)).ToHashSet();
        foreach (var port in new[] { "11111", "30000", "8080" }) Assert.Contains(port, exposed);
        Assert.Contains(finalStage, l => Regex.IsMatch(l, @"^COPY\s+scenarios/?\s+/app/scenarios/?$"));

        var publish = Assert.Single(lines, l => l.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.Contains("src/NordicChina.Sim.Cli", publish);
        Assert.Matches(@"-o\s+/app(\s|$)", publish);
        Assert.True(File.Exists(Path.Combine(Root, "src", "NordicChina.Sim.Cli", "NordicChina.Sim.Cli.csproj")));

        // Host bin/ and obj/ must stay out of the build context.
        var ignore = File.ReadAllLines(Path.Combine(DeployDir, "Dockerfile.dockerignore"));
        Assert.Contains("**/bin/", ignore);
        Assert.Contains("**/obj/", ignore);
    }

    // ---- README ---------------------------------------------------------------------------------------------

    [Fact]
    public void The_README_key_table_is_ClusterSettings_Keys()
    {
        var rows = File.ReadAllLines(Path.Combine(DeployDir, "README.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .Where(cells => cells.Length == 4 && cells[1].StartsWith("`NORDICSIM_", StringComparison.Ordinal))
            .ToList();
        var expected = ClusterSettings.Keys.Select(k => new[]
        {
            $"`{k.Name}`", $"`{k.EnvironmentVariable}`", k.Default.Length == 0 ? "(none)" : $"`{k.Default}`", k.Description,
        }).ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (int i = 0; i < expected.Count; i++) Assert.Equal(expected[i], rows[i]);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NordicChina.Sim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NordicChina.Sim.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Rel(string path) => Path.GetRelativePath(Root, path);

    private static List<string> K8sFiles() =>
        Directory.EnumerateFiles(K8sDir, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static List<YamlMappingNode> LoadYaml(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file)) stream.Load(reader);
        return stream.Documents.Select(d => Assert.IsType<YamlMappingNode>(d.RootNode)).ToList();
    }

    private static List<YamlMappingNode> K8sObjects(string kind) =>
        K8sFiles().SelectMany(LoadYaml).Where(d => Str(d, "kind") == kind).ToList();

    private static YamlMappingNode K8sObject(string kind)
    {
        var all = K8sObjects(kind);
        Assert.True(all.Count == 1, $"expected exactly one {kind} in deploy/k8s, found {all.Count}");
        return all[0];
    }

    private static IEnumerable<string> Keys(YamlMappingNode map) => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    /// <summary>The node at a dotted path of mapping keys (keys themselves may contain '/'), or null.</summary>
    private static YamlNode? Node(YamlNode node, string path)
    {
        YamlNode? current = node;
        foreach (var key in path.Split('.'))
        {
            if (current is not YamlMappingNode map) return null;
            current = map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value;
        }
        return current;
    }

    private static string? Str(YamlNode node, string path) => (Node(node, path) as YamlScalarNode)?.Value;

    /// <summary>One key's value, for keys with dots in them (app.kubernetes.io/name, cluster.json).</summary>
    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode map ? map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value : null;

    private static string? ChildStr(YamlNode? node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static List<string> Strings(YamlNode? node) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList(),
        YamlScalarNode s => [s.Value ?? ""],
        _ => [],
    };

    private static IEnumerable<YamlMappingNode> Containers(YamlMappingNode doc)
    {
        var spec = Str(doc, "kind") == "Pod" ? Node(doc, "spec") : Node(doc, "spec.template.spec");
        if (spec is null) yield break;
        foreach (var section in new[] { "initContainers", "containers" })
            if (Node(spec, section) is YamlSequenceNode seq)
                foreach (var c in seq.Children) yield return (YamlMappingNode)c;
    }

    private static YamlMappingNode SiloContainer() => Assert.Single(Containers(K8sObject("Deployment")));

    private static IEnumerable<(string Name, YamlMappingNode Entry)> EnvEntries(YamlMappingNode container) =>
        Node(container, "env") is YamlSequenceNode env
            ? env.Children.Cast<YamlMappingNode>().Select(e => (Str(e, "name")!, e))
            : [];

    private static string? EnvValue(YamlMappingNode container, string name) =>
        EnvEntries(container).Where(e => e.Name == name).Select(e => Str(e.Entry, "value")).SingleOrDefault();

    /// <summary>The container's env entries with a literal value, as ClusterSettings.Load's environment.</summary>
    private static Dictionary<string, string?> LiteralEnv(YamlMappingNode container) =>
        EnvEntries(container).Where(e => Str(e.Entry, "value") is not null)
            .ToDictionary(e => e.Name, e => Str(e.Entry, "value"));

    private static Dictionary<string, string> SecretData()
    {
        var data = (YamlMappingNode)Node(K8sObject("Secret"), "stringData")!;
        return Keys(data).ToDictionary(k => k, k => ChildStr(data, k)!);
    }

    private static HashSet<string> SecretReferences(YamlMappingNode container)
    {
        var names = new HashSet<string>();
        if (Node(container, "envFrom") is YamlSequenceNode envFrom)
            foreach (var source in envFrom.Children)
                if (Str(source, "secretRef.name") is { } n) names.Add(n);
        foreach (var (_, entry) in EnvEntries(container))
            if (Str(entry, "valueFrom.secretKeyRef.name") is { } n) names.Add(n);
        return names;
    }

    private static Dictionary<string, int> ContainerPorts(YamlMappingNode container) =>
        ((YamlSequenceNode)Node(container, "ports")!).Children
            .ToDictionary(p => Str(p, "name") ?? Str(p, "containerPort")!, p => int.Parse(Str(p, "containerPort")!, CultureInfo.InvariantCulture));

    private static string ConfigMapClusterJson()
    {
        var configMap = K8sObject("ConfigMap");
        var json = (Child(Node(configMap, "data"), "cluster.json") as YamlScalarNode)?.Value;
        Assert.False(string.IsNullOrWhiteSpace(json), "the ConfigMap has no cluster.json");
        return json!;
    }

    /// <summary>The option's value is the ConfigMap's cluster.json, mounted from the ConfigMap volume.</summary>
    private static void AssertConfigArgument(YamlMappingNode workload, YamlMappingNode container, List<string> args, string option)
    {
        int i = args.IndexOf(option);
        Assert.True(i > 0 && i + 1 < args.Count, $"{option} has no value");
        var path = args[i + 1];
        var configMap = Str(K8sObject("ConfigMap"), "metadata.name");
        var volume = ((YamlSequenceNode)Node(workload, "spec.template.spec.volumes")!).Children
            .Single(v => Str(v, "configMap.name") == configMap);
        var mount = ((YamlSequenceNode)Node(container, "volumeMounts")!).Children
            .Single(m => Str(m, "name") == Str(volume, "name"));
        Assert.Equal(Str(mount, "mountPath")!.TrimEnd('/') + "/cluster.json", path);
    }

    private static List<(string Name, YamlMappingNode Body)> ComposeServices()
    {
        var services = (YamlMappingNode)Node(Assert.Single(LoadYaml(ComposeFile)), "services")!;
        return services.Children.Select(kv => (((YamlScalarNode)kv.Key).Value!, (YamlMappingNode)kv.Value)).ToList();
    }

    /// <summary>A compose service's environment (map or list form), with ${VAR:-default} interpolated to the
    /// default and other variables to a placeholder.</summary>
    private static Dictionary<string, string> ComposeEnvironment(YamlMappingNode service)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (Node(service, "environment"))
        {
            case YamlMappingNode map:
                foreach (var key in Keys(map)) result[key] = Interpolate(ChildStr(map, key) ?? "");
                break;
            case YamlSequenceNode list:
                foreach (var item in Strings(list))
                {
                    var eq = item.IndexOf('=');
                    result[eq < 0 ? item : item[..eq]] = eq < 0 ? "" : Interpolate(item[(eq + 1)..]);
                }
                break;
        }
        return result;
    }

    private static string Interpolate(string value) =>
        Regex.Replace(value, @"\$\{(?<name>\w+)(?:(?<op>:?[-?])(?<arg>[^}]*))?\}",
            m => m.Groups["op"].Value.EndsWith('-') ? m.Groups["arg"].Value : "placeholder");

    private static bool InSubnet(IPAddress ip, string cidr)
    {
        var parts = cidr.Split('/');
        var network = IPAddress.Parse(parts[0]).GetAddressBytes();
        var bytes = ip.GetAddressBytes();
        int prefix = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (bytes.Length != network.Length) return false;
        for (int bit = 0; bit < prefix; bit++)
        {
            int mask = 0x80 >> (bit % 8);
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) return false;
        }
        return true;
    }

    private static void WithTempFile(string text, Action<string> action)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nordicsim-deploy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        try { action(path); }
        finally { File.Delete(path); }
    }
}
