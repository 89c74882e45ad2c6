#!/usr/bin/env bash
# Scale check: synthesise N articles from ../shared/corpus (each one made unique), build a consumer project with
# `dotnet build`, and report build time, assembly size and time to first article, for each N given.
# usage (from the repository root): tests/Byline.Benchmarks/scale.sh [N ...]     default: 0 1000 10000
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus="$root/../shared/corpus"
if [ ! -d "$corpus" ]; then echo "scale: skipped: $corpus is not there (it is beside the repository on CI and dev machines)"; exit 0; fi
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(0 1000 10000)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/Generator" -c Release -v q -nologo >/dev/null
dotnet build "$root/src/Runtime" -c Release -v q -nologo >/dev/null
printf '%-8s %-10s %-12s %-14s %-18s %-16s\n' articles text_MB build_s assembly_MB assembly/text first_article_ms
for n in "${sizes[@]}"; do
  dir="$work/n$n"; mkdir -p "$dir/Articles"
  python3 - "$corpus" "$dir/Articles" "$n" <<'PY'
import sys, pathlib, random
corpus, out, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.rglob("*.txt"))]
rng = random.Random(7)
for i in range(n):
    lines = texts[i % len(texts)].split("\n")
    body = lines[1:]
    rng.shuffle(body)  # vary the text so no two articles are the same
    title = f"{lines[0].strip()} (edition {i})"
    (out / f"a{i:05d}.txt").write_text("\n".join([title] + body) + f"\n\nArticle number {i} of the synthetic archive.\n", encoding="utf-8")
PY
  cat > "$dir/Scale.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Scale</RootNamespace>
    <Configuration>Release</Configuration>
    <NoWarn>\$(NoWarn);BYL0001;BYL0002;BYL0003;BYL0004;BYL0005;BYL0006;BYL0012</NoWarn>
  </PropertyGroup>
  <Import Project="$root/src/Runtime/buildTransitive/Byline.props" />
  <ItemGroup>
    <Reference Include="$root/src/Runtime/bin/Release/netstandard2.0/Byline.dll" />
    <Analyzer Include="$root/src/Generator/bin/Release/netstandard2.0/Byline.Generator.dll" />
  </ItemGroup>
  <Import Project="$root/src/Runtime/buildTransitive/Byline.targets" />
</Project>
XML
  cat > "$dir/Program.cs" <<'CS'
var watch = System.Diagnostics.Stopwatch.StartNew();
var count = Scale.Articles.All.Count;
var title = count > 0 ? Scale.Articles.All[count / 2].Title : "";
watch.Stop();
System.Console.WriteLine($"{watch.Elapsed.TotalMilliseconds:F3} {count} {title.Length}");
CS
  mb=$(python3 -c "import pathlib;print(f'{sum(p.stat().st_size for p in pathlib.Path(\"$dir/Articles\").glob(\"*.txt\"))/1e6:.1f}')")
  (cd "$dir" && dotnet restore -v q -nologo >/dev/null)
  start=$(date +%s.%N)
  (cd "$dir" && dotnet build --no-restore -c Release -v q -nologo >"$dir/build.log" 2>&1) || { tail -20 "$dir/build.log"; exit 1; }
  end=$(date +%s.%N)
  size=$(python3 -c "import os;print(f'{os.path.getsize(\"$dir/bin/Release/net10.0/Scale.dll\")/1e6:.1f}')")
  first=$(cd "$dir" && dotnet bin/Release/net10.0/Scale.dll | cut -d' ' -f1)
  multiple=$(python3 -c "print(f'{$size/$mb:.2f}' if $mb > 0 else '-')")
  printf '%-8s %-10s %-12.1f %-14s %-18s %-16s\n' "$n" "$mb" "$(echo "$end - $start" | bc)" "$size" "$multiple" "$first"
done
