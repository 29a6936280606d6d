package io.claimgate.codes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of official code-set files, sorted by kind by their published names and then loaded
 * ({@link CodeSets#load(Path)}; the names each kind is recognised by are in {@link CodeSets}' class comment).
 */
final class CodeSetFolder {

    private static final Logger LOG = LoggerFactory.getLogger(CodeSetFolder.class);

    private final Map<Integer, Path> icdByYear = new LinkedHashMap<>();
    private final Map<String, HcpcsCandidate> hcpcsByRelease = new LinkedHashMap<>();
    private final List<Path> hcpcsListFiles = new ArrayList<>();
    private final List<Path> mueFiles = new ArrayList<>();
    private final List<Path> posFiles = new ArrayList<>();
    private final List<Path> ptpFiles = new ArrayList<>();
    private final List<Path> cptFiles = new ArrayList<>();
    private final List<Path> aocFiles = new ArrayList<>();
    private Path mceFlags;
    private Path mceAges;

    private CodeSetFolder() {
    }

    static CodeSets load(Path dir) {
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        CodeSetFolder folder = new CodeSetFolder();
        files.forEach(folder::sort);
        CodeSets sets = folder.build(dir);
        LOG.info("Loaded code sets from {} in {} ms: {}", dir, CodeFiles.millisSince(t0), sets);
        return sets;
    }

    /** Files each kind by its published name. */
    private void sort(Path f) {
        String name = CodeFiles.name(f);
        String lower = name.toLowerCase(Locale.ROOT);
        if (Icd10CodeSet.FILE_NAME.matcher(name).matches()) {
            // Official names are the shortest; prefer them over e.g. a ".RECONSTRUCTED" copy of the same year.
            icdByYear.merge(Icd10CodeSet.fiscalYearFromName(name), f,
                    (a, b) -> CodeFiles.name(a).length() <= CodeFiles.name(b).length() ? a : b);
        } else if (lower.matches("hcpc.*anweb.*\\.txt(\\.gz)?")) {
            int rank = lower.contains("modifier") ? 2 : 0;
            String release = HcpcsCodeSet.releaseName(name).orElse(name);
            offer(hcpcsByRelease, new HcpcsCandidate(release, rank, f));
        } else if (lower.endsWith(".zip") && (lower.contains("hcpc"))) {
            Optional<String> member = HcpcsCodeSet.anwebMemberName(f);
            member.ifPresent(m -> offer(hcpcsByRelease,
                    new HcpcsCandidate(HcpcsCodeSet.releaseName(m).orElse(m), 1, f)));
        } else if (lower.matches(".*(hcpc|modifier).*\\.txt(\\.gz)?")
                && HcpcsCodeList.effectiveDateFromName(name).isPresent()) {
            hcpcsListFiles.add(f);
        } else if (lower.contains("mue") && lower.matches(".*\\.csv(\\.gz)?")) {
            mueFiles.add(f);
        } else if ((lower.contains("pos") && lower.endsWith(".fsh"))
                || (lower.startsWith("pos") && lower.endsWith(".txt"))) {
            posFiles.add(f);
        } else if ((lower.startsWith("ccipra") || lower.contains("ptp")) && lower.matches(".*\\.txt(\\.gz)?")) {
            ptpFiles.add(f);
        } else if (lower.startsWith("cpt") && lower.endsWith(".txt")) {
            cptFiles.add(f);
        } else if (AddOnCodeTable.isTableName(lower)) {
            aocFiles.add(f);
        } else if (MedicareCodeEditor.isFlagsName(lower)) {
            mceFlags = f;
        } else if (MedicareCodeEditor.isAgeRangesName(lower)) {
            mceAges = f;
        }
    }

    private CodeSets build(Path dir) {
        List<Icd10CodeSet> icd = icdByYear.values().stream().map(Icd10CodeSet::load).toList();
        List<HcpcsCodeSet> hcpcs = new ArrayList<>();
        for (HcpcsCandidate c : hcpcsByRelease.values()) {
            if (c.rank() == 1) {
                HcpcsCodeSet.loadFromZip(c.file()).ifPresent(hcpcs::add);
            } else {
                hcpcs.add(HcpcsCodeSet.load(c.file()));
            }
        }
        List<HcpcsCodeList> hcpcsLists = hcpcsListFiles.stream().map(HcpcsCodeList::load).toList();
        if (posFiles.size() > 1) {
            LOG.warn("Several place of service files under {}; using {}", dir, posFiles.get(0));
        }
        PlaceOfServiceCodeSet pos = posFiles.isEmpty() ? null : PlaceOfServiceCodeSet.load(posFiles.get(0));
        List<MueTable> mue = mueFiles.stream().map(MueTable::load).toList();
        NcciPtpTable ptp = ptpFiles.isEmpty() ? null : NcciPtpTable.load(ptpFiles, null);
        CptCodeList cpt = cptFiles.isEmpty() ? null : CptCodeList.load(cptFiles);
        if ((mceFlags == null) != (mceAges == null)) {
            LOG.warn("Medicare Code Editor lists under {} need both the dx edit flags and the age ranges CSV; not"
                    + " loaded", dir);
        }
        AddOnCodeTable aoc = aocFiles.isEmpty() ? null : AddOnCodeTable.load(aocFiles.get(aocFiles.size() - 1));
        MedicareCodeEditor mce = mceFlags == null || mceAges == null ? null
                : MedicareCodeEditor.load(mceFlags, mceAges);
        CodeSets sets = new CodeSets(icd, hcpcs, hcpcsLists, pos, mue, ptp, cpt).withReferenceTables(aoc, mce);
        return sets;
    }

    /** One way to obtain an HCPCS release: rank 0 loose full file, 1 zip member, 2 modifiers-only extract. */
    private record HcpcsCandidate(String release, int rank, Path file) {
    }

    private static void offer(Map<String, HcpcsCandidate> byRelease, HcpcsCandidate c) {
        byRelease.merge(c.release(), c, (a, b) -> b.rank() < a.rank() ? b : a);
    }
}
