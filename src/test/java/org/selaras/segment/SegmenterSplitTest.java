package org.selaras.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LanguageTool-style split table: each case lists the expected pieces, each with the whitespace that
 * follows it; the input is their concatenation, and the split must give back exactly the trimmed pieces
 * (so no text is lost) and glue back to the input.
 */
class SegmenterSplitTest {

    static Stream<Arguments> indonesian() {
        return Stream.of(
            // "etc."-type abbreviations: no break before lowercase/digits, break before an uppercase word
            split("Petani mengeluhkan harga benih, biaya pupuk, dll. ", "Menurutnya, pemerintah harus turun tangan."),
            split("Ia membeli beras, gula, minyak, dll. dari pasar itu."),
            split("Barang impor seperti baja, semen, dsb. masih dikenai bea masuk."),
            split("Rapat membahas anggaran, gaji, dsb. ", "Hasilnya diumumkan besok."),
            split("Bab 1, 2, 3, dst. harus dibaca lebih dulu."),
            split("Penelitian Suharto dkk. menunjukkan hasil serupa."),
            split("Data ini dikutip dari penelitian Suharto dkk. ", "Mereka meneliti 200 desa."),
            split("Lihat hlm. 25 untuk rinciannya."),
            split("Kontrak itu diteken pada 4 Jan. 2024 di Jakarta."),
            split("Pameran dibuka pada 12 Okt. ", "Pengunjungnya mencapai 10.000 orang."),
            split("Jadwalnya 1 Feb., 3 Mar., dan 5 Apr. tahun depan."),
            split("Saham PT Astra International Tbk. naik 2 persen."),
            split("Laporan itu diterbitkan PT Astra International Tbk. ", "Perusahaan itu mencatat laba."),
            // company forms and stock tickers (false splits found on real news)
            split("PT Bank Negara Indonesia (Persero) Tbk. (BBNI) menambah jaringan kantornya."),
            split("Saham PT Bank Mandiri (Persero) Tbk. (IDX: BMRI) ditutup menguat."),
            split("PT Bank Mandiri Tbk. BMRI mencatat laba bersih Rp 12 triliun."),
            split("Mobil itu dibuat Hyundai Co. Ltd. dari Korea."),
            split("Kontrak diteken dengan Samsung Electronics Co., Ltd. di Seoul."),
            split("Kapal itu milik Keppel Pte. Ltd. dari Singapura."),
            split("Sahamnya dibeli Apple Inc. pekan lalu."),
            split("Pemasoknya adalah Hyundai Co. ", "Perusahaan itu berbasis di Seoul."),
            split("Dana itu dikelola PT Bank Negara Indonesia (Persero) Tbk. ", "Bank itu milik negara."),
            split("Laba PT Bank Mandiri Tbk. ", "BUMN lain juga mencatat kenaikan laba."),
            // an abbreviation with no space after it, then a title: the next sentence
            split("Di kampus ia biasa dipanggil Dr.P. ", "Dr. P selalu datang paling pagi."),
            split("Ia biasa dipanggil B.J. ", "Prof. Habibie tidak keberatan."),
            // titles and address words: a name or number follows, never a break
            split("Surat itu ditujukan kepada Yth. Bapak Gubernur Jawa Barat."),
            split("Surat ditandatangani a.n. Menteri Keuangan oleh sekretarisnya."),
            split("Kirimkan berkas u.p. Bagian Keuangan sebelum Senin."),
            split("Produk ekspor, a.l. Kopi dan teh, meningkat."),
            split("Libur berlaku Senin s.d. Jumat pekan depan."),
            split("Kantornya di Jl. M.H. Thamrin No. 5, Jakarta Pusat."),
            split("Ia tinggal di Kab. Bogor, Kec. Cibinong, Kel. Pakansari."),
            split("Prof. Dr. Budi Santoso, M.Si. memimpin tim itu."),
            split("Menurut dr. Rina, pasien sudah pulih."),
            split("Drs. H. Ahmad dan Hj. Siti hadir dalam acara itu."),
            split("Sdr. Andi dan Sdri. Wati diminta datang ke kantor."),
            split("Bpk. Joko Widodo membuka acara tersebut."),
            split("Rapat diadakan tgl. 5 Mei pk. 10.00 WIB di gedung DPR."),
            split("PT. Maju Jaya dan CV. Sentosa menandatangani kontrak."),
            split("Harga beras naik menjadi Rp. 13.500 per kilogram."),
            split("Ir. Soekarno membacakan proklamasi bersama Drs. Mohammad Hatta."),
            split("Ny. Fatmawati dan Tn. Hasan tiba bersama Nn. Rara."),
            split("Pertemuan di Gg. Mawar RT. 03 RW. 05 berlangsung tertib."),
            split("Warga Kep. Seribu menyambut Mr. Smith dan Mrs. Smith."),
            split("St. Carolus adalah rumah sakit tua."),
            // initials and degrees
            split("Mantan presiden B.J. Habibie wafat pada 2019."),
            split("Susilo B. Yudhoyono berpidato di depan wartawan."),
            split("Ia meraih gelar S.H. dari Universitas Indonesia."),
            split("Budi Santoso, S.H., M.H. mengatakan hal itu kepada wartawan."),
            split("Wawancara dilakukan dengan Budi Santoso, S.H. ", "Ia adalah pengacara senior."),
            split("Tim itu dipimpin oleh Dr. Budi Santoso, M.Si. ", "Ia dikenal sebagai ahli gempa."),
            split("Gelar M.Sc. diraihnya di Belanda."),
            // numbers, times, dates
            split("Jumlah korban mencapai 10.000 orang. ", "Sebanyak 2,5 ton bantuan dikirim."),
            split("Anggaran sebesar Rp 1.750.000,5 juta disetujui."),
            split("Kereta berangkat pukul 09.00 dan tiba 09.30 WIB. ", "Penumpang diminta hadir lebih awal."),
            split("Sidang digelar pada 4/11/2024 di Jakarta. ", "Terdakwa hadir."),
            split("Surat bertanggal 04.11.2024 itu beredar luas."),
            split("Bantuan militer sebesar $425 juta dikirim. ", "Ukraina menyambutnya."),
            // ellipsis
            split("Dia terdiam... lalu pergi begitu saja."),
            split("Dia terdiam... ", "Kemudian ia pergi."),
            split("Tunggu… jangan pergi dulu."),
            split("Semua sudah selesai… ", "Kami pulang."),
            // URLs, e-mail, domains
            split("Informasi lengkap ada di https://www.example.co.id/a.b?x=1 dan bisa diunduh."),
            split("Kirim surel ke nama@kantor.go.id. ", "Tim kami akan membalas."),
            split("Berita ini dikutip dari detik.com pada Senin."),
            split("Sumber : Epochtimes.com"),
            // quotes
            split("Ia menyebutnya ‘strategi perang parit.’ ", "Ini dianggap serius."),
            split("“Kami siap berperang,” katanya. ", "Pernyataan itu memicu reaksi."),
            split("Dia berkata, \"Kami tidak akan mundur.\" ", "Lalu ia pergi."),
            split("“Apa yang terjadi?” tanya dia kepada wartawan."),
            split("‘Kita bisa mengambil inisiatif.’ ", "‘Namun, AS hanya menjadi penonton.’"),
            split("“Pergi!” ", "Dia lalu menutup pintu."),
            // ? and !
            split("Benarkah itu? ", "Tidak ada yang tahu."),
            split("Mengapa?! ", "Karena mereka takut."),
            split("Luar biasa!! ", "Penonton bersorak."),
            // parentheses and bylines
            split("Pasukan Korea Utara (sekitar 10.000 orang) dikirim ke Rusia. ", "Mereka dilatih di sana."),
            split("Presiden berbicara di Brussel. ", "(ant/hln)"),
            split("Mereka mengutuk kerja sama militer itu. ", "(jhon)"),
            split("(Foto: Reuters) Warga mengungsi ke tempat aman."),
            split("Ia lahir di Blitar (Jawa Timur). ", "Kemudian ia pindah ke Jakarta."),
            // odd spacing, unknown abbreviations, lists
            split("ETIndonesia. ", "Tentara Korea Utara baru-baru ini ditempatkan di Rusia."),
            split("Harganya naik 5 pct. sementara permintaan turun."),
            split("Mereka berjalan kaki.\u00A0", "Hujan turun deras."),
            split("Satu.  ", "Dua\u2009spasi.\u2009"),
            split("1. Pertama, rapat dibuka oleh ketua.")
        );
    }

    static Stream<Arguments> english() {
        return Stream.of(
            split("The cars are made by Hyundai Co. Ltd. of South Korea."),
            split("Shares of Apple Inc. (AAPL) rose 2 percent."),
            split("The supplier is Hyundai Co. ", "The company is based in Seoul."),
            split("Mr. Smith met Mrs. Jones and Dr. Brown at St. Mary's."),
            split("Prof. Adams spoke first. ", "Ms. Lee followed."),
            split("He works at Acme Inc. ", "The company makes rockets."),
            split("Acme Inc. reported a loss, and Widget Co. did too."),
            split("They bought apples, pears, etc. ", "Then they left."),
            split("They bought apples, pears, etc. and went home."),
            split("Use a tool, e.g. a hammer, i.e. something heavy."),
            split("The U.S. Department of State issued a statement."),
            split("The U.K. economy grew."),
            split("Prices rose 2.5 percent to $10,000 at 9.30 this morning."),
            split("The meeting starts at 9 a.m. and ends at 5 p.m. ", "Lunch is provided."),
            split("He arrived on Jan. 5, 2024, in London."),
            split("Martin Luther King Jr. was born in 1929."),
            split("The case Smith vs. Jones was settled."),
            split("See room No. 5 for details."),
            split("No. ", "I will not go."),
            split("Visit https://example.com/a.b?x=1 or e-mail info@example.com. ", "We reply fast."),
            split("He said, “It is over.” ", "Then he left."),
            split("Wait... what happened?"),
            split("It was late... ", "Nobody came."),
            split("Really? ", "Yes!"),
            split("J. R. R. Tolkien wrote it."),
            split("Smith et al. found the same."),
            split("She holds a Ph.D. in physics.")
        );
    }

    @ParameterizedTest(name = "id {index}: {1}")
    @MethodSource("indonesian")
    void splitsIndonesian(List<String> pieces, String input) {
        check("id", pieces, input);
    }

    @ParameterizedTest(name = "en {index}: {1}")
    @MethodSource("english")
    void splitsEnglish(List<String> pieces, String input) {
        check("en", pieces, input);
    }

    static void check(String lang, List<String> pieces, String input) {
        List<Span> spans = Segmenter.forLanguage(lang).segmentParagraph(input);
        List<String> actual = new ArrayList<>();
        for (Span s : spans) actual.add(input.substring(s.start(), s.end()));
        List<String> expected = new ArrayList<>();
        for (String p : pieces) expected.add(p.strip().replaceAll("^[\\s\\u00A0\\u2009]+|[\\s\\u00A0\\u2009]+$", ""));
        assertEquals(expected, actual);
        assertEquals(input, Segmenter.glue(input, spans));
    }

    private static Arguments split(String... pieces) {
        return Arguments.of(List.of(pieces), String.join("", pieces));
    }
}
