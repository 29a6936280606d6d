package io.claimgate.commit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The output folder contract. For an input file with stem S (its name without the last extension):
 * {@code accepted/S.837}, {@code rejected/S.json}, {@code acks/S.277}, {@code acks/S.999}, {@code acks/S.ta1},
 * {@code reports/S.json}, the input itself in
 * {@code archive/}, or, when it is not X12 at all, in {@code error/} beside {@code S.reason.txt}, or, when the same
 * bytes were processed before, in {@code duplicates/} beside {@code S.reason.txt}. Work in progress
 * lives in {@code .work/} and is renamed into place only when complete.
 */
public record OutputLayout(Path root, String owner) {

    /** A layout whose work folders carry no owner (tests, tools); claimgate's runtime uses {@link #ownedBy}. */
    public OutputLayout(Path root) {
        this(root, null);
    }

    /** The same OUT, with every work folder reserved from now on marked as belonging to this owner. */
    public OutputLayout ownedBy(WorkOwner owner) {
        return new OutputLayout(root, owner.id());
    }

    public Path accepted() {
        return root.resolve("accepted");
    }

    public Path rejected() {
        return root.resolve("rejected");
    }

    public Path acks() {
        return root.resolve("acks");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path error() {
        return root.resolve("error");
    }

    /** Inputs whose bytes were processed before, each beside S.reason.txt naming the earlier outcome. */
    public Path duplicates() {
        return root.resolve("duplicates");
    }

    public Path work() {
        return root.resolve(".work");
    }

    public Path state() {
        return root.resolve(".claimgate");
    }

    /**
     * Creates the folders; fails with a one-line reason naming the first one that is not a writable folder (a file
     * in its place, no write permission), so that it is found at start and not at the first commit.
     */
    public void create() throws IOException {
        create(accepted(), rejected(), acks(), reports(), archive(), error(), duplicates(), work(), state());
    }

    /**
     * Creates only the folders of a file's outputs and its work folder: {@code validate} leaves no archive/, error/,
     * duplicates/ or .claimgate/ (no store) behind.
     */
    public void createOutputsOnly() throws IOException {
        create(accepted(), rejected(), acks(), reports(), work());
    }

    private void create(Path... folders) throws IOException {
        for (Path p : folders) {
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw new IOException(p + " cannot be created as a folder ("
                        + (Files.exists(p) ? "a file is in its place" : e.getClass().getSimpleName()) + ")", e);
            }
            if (!Files.isWritable(p)) {
                throw new IOException(p + " is not writable");
            }
        }
        Path probe = Files.createTempFile(work(), "probe", ".tmp");
        Files.delete(probe);
    }

    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /**
     * Reserves the stem for an input: its own, or with "-2", "-3"... when a file of the same name already has
     * outputs here (nothing earlier is ever overwritten). The reservation is its work folder, created atomically,
     * so two files of the same name processed at once get different stems.
     */
    public String reserveStem(String fileName) throws IOException {
        String ext = fileName.substring(stem(fileName).length());
        String base = fitting(stem(fileName), ext);
        for (int n = 1; ; n++) {
            String s = n == 1 ? base : base + "-" + n;
            if (taken(s, ext)) {
                continue;
            }
            if (reserve(work().resolve(s))) {
                return s;
            }
        }
    }

    /**
     * Creates the work folder, already carrying its owner mark: it is made under a temporary name and renamed, so
     * another process's start-up recovery never sees it without its owner (see {@link WorkOwner}). False when the
     * name is taken (another file of the same name is being processed right now).
     */
    private boolean reserve(Path folder) throws IOException {
        if (owner == null) {
            try {
                Files.createDirectory(folder);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                return false;
            }
        }
        if (Files.exists(folder)) {
            return false;
        }
        Path pending = Files.createTempDirectory(work(), ".reserve-");
        Files.writeString(pending.resolve(WorkOwner.MARK), owner);
        try {
            Files.move(pending, folder, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (java.nio.file.FileSystemException taken) {
            // a folder of that name appeared meanwhile (rename refuses a non-empty target)
            CommitPlan.removeFolder(pending);
            return false;
        }
    }

    /** The longest file name most file systems carry (ext4, XFS, btrfs: 255 bytes; NTFS, APFS: 255 characters). */
    static final int NAME_MAX_BYTES = 255;

    /**
     * The stem cut (at a character boundary) so that every name made from it fits {@link #NAME_MAX_BYTES} in UTF-8:
     * its longest output suffix ({@code .rejected.json}) or the input's own extension, a "-N" counter, and the
     * {@code .NAME.tmp} of a copy across file systems. The original name stays in the report and the reason file.
     */
    static String fitting(String stem, String ext) {
        int budget = NAME_MAX_BYTES - 5 - 6 - Math.max(".rejected.json".length(), utf8(ext));
        if (utf8(stem) <= budget) {
            return stem;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int n = utf8(new String(Character.toChars(cp)));
            if (bytes + n > Math.max(budget, 1)) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return cut.toString();
    }

    private static int utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** A stem is taken when any output, input or reason file of that name exists here. */
    private boolean taken(String s, String ext) {
        for (OutputFile file : OutputFile.values()) {
            if (Files.exists(file.published(this, s))) {
                return true;
            }
        }
        return Files.exists(archive().resolve(s + ext)) || Files.exists(error().resolve(s + ext))
                || Files.exists(error().resolve(s + ".reason.txt")) || Files.exists(duplicates().resolve(s + ext))
                || Files.exists(duplicates().resolve(s + ".reason.txt"));
    }
}
