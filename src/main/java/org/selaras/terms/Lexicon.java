package org.selaras.terms;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The small word lists of the title grammar and the gazetteer. Multi-word entries are matched token by token
 * (longest first) by {@link CandidateExtractor}. Kept in code, not in a resource: they are part of the grammar.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Office words that open a title. */
    static final List<String> OFFICES = sortLongestFirst(
            "Menteri", "Wakil Menteri", "Menteri Koordinator", "Perdana Menteri", "Wakil Perdana Menteri",
            "Presiden", "Wakil Presiden", "Gubernur", "Wakil Gubernur", "Bupati", "Wakil Bupati", "Wali Kota",
            "Wakil Wali Kota", "Walikota", "Kepala", "Wakil Kepala", "Ketua", "Ketua Umum", "Wakil Ketua",
            "Direktur", "Direktur Utama", "Direktur Jenderal", "Juru Bicara", "Panglima", "Kapolri", "Wakapolri",
            "Kapolda", "Kapolres", "Sekretaris", "Sekretaris Jenderal", "Jaksa Agung", "Kanselir", "Duta Besar",
            "Raja", "Ratu", "Pangeran", "Putra Mahkota", "Pemimpin Tertinggi", "Komisaris", "Komisaris Utama", "Gubernur Jenderal",
            "Kepala Staf", "Kepala Staf Angkatan Darat", "Kepala Staf Angkatan Laut", "Kepala Staf Angkatan Udara");

    /** Offices of a region: the word after them is the region (Gubernur Jawa Barat, Bupati Bogor). */
    static final Set<String> REGIONAL = Set.of("Gubernur", "Wakil Gubernur", "Bupati", "Wakil Bupati", "Wali Kota",
            "Wakil Wali Kota", "Walikota", "Kapolda", "Kapolres");

    /** Ministries and portfolios after an office word. */
    static final List<String> PORTFOLIOS = sortLongestFirst(
            "Luar Negeri", "Dalam Negeri", "Keuangan", "Pertahanan", "Perdagangan", "Pertanian", "Kesehatan",
            "Pendidikan", "Agama", "Perhubungan", "Perindustrian", "Sosial", "Hukum dan HAM", "Pariwisata",
            "Perekonomian", "Bidang Perekonomian", "Koordinator Bidang Perekonomian", "Pertahanan dan Keamanan",
            "Energi dan Sumber Daya Mineral", "BUMN", "Badan Usaha Milik Negara", "Luar Negeri dan Kerja Sama",
            "Keamanan Dalam Negeri", "Ketenagakerjaan", "Kelautan dan Perikanan", "Lingkungan Hidup",
            "Pekerjaan Umum", "Komunikasi dan Informatika", "Sekretaris Negara", "Negara", "Kabinet",
            "Kepresidenan", "Staf Kepresidenan", "Jenderal", "Umum", "Eksekutif",
            // the cabinet's portfolios (2024), some with lists inside: Menteri Pendidikan Dasar dan Menengah
            "Pendidikan Dasar dan Menengah", "Pendidikan Tinggi, Sains, dan Teknologi", "Kebudayaan",
            "Pemuda dan Olahraga", "Usaha Mikro, Kecil, dan Menengah", "Koperasi",
            "Desa dan Pembangunan Daerah Tertinggal", "Agraria dan Tata Ruang", "Investasi dan Hilirisasi",
            "Ekonomi Kreatif", "Pemberdayaan Perempuan dan Perlindungan Anak", "Perlindungan Pekerja Migran Indonesia",
            "Kependudukan dan Pembangunan Keluarga", "Transmigrasi", "Imigrasi dan Pemasyarakatan",
            "Hak Asasi Manusia", "Komunikasi dan Digital", "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            "Perumahan dan Kawasan Permukiman", "Kehutanan", "Sekretariat Negara", "Perencanaan Pembangunan Nasional",
            "Politik dan Keamanan", "Pangan", "Pemberdayaan Masyarakat", "Infrastruktur dan Pembangunan Kewilayahan",
            "Pembangunan Manusia dan Kebudayaan", "Hukum");

    /**
     * Words of company names after "PT" (state firms and common name words): the company runs over them, so
     * {@code PT Kereta Api Indonesia Didiek Hartantyo} is the company, then a person.
     */
    static final Set<String> COMPANY_WORDS = Set.of("Perusahaan", "Listrik", "Negara", "Kereta", "Api", "Bank",
            "Rakyat", "Mandiri", "Persero", "Tbk", "Telekomunikasi", "Semen", "Pupuk", "Angkasa", "Pura",
            "Pelabuhan", "Pos", "Asuransi", "Jasa", "Marga", "Perkebunan", "Nusantara", "Timah", "Aneka", "Tambang",
            "Bukit", "Asam", "Industri", "Pembangunan", "Perumahan", "Gas", "Sarana", "Multi", "Infrastruktur",
            "Energi", "Air", "Minum", "Tabungan", "Kimia", "Farma", "Karya", "Internasional", "International",
            "Holding", "Investama", "Logistik", "Transportasi", "Angkutan", "Penerbangan", "Pelayaran", "Migas",
            "Hulu", "Hilir", "Niaga", "Dirgantara", "Pindad", "Biro", "Klasifikasi");

    /**
     * Words of institutions' names (common nouns in Indonesian): after an organisation head the name runs over
     * them, and what follows is a person even when a single name ({@code Kepala Badan Nasional Penanggulangan
     * Bencana Suharyanto}).
     */
    static final Set<String> INSTITUTION_WORDS = Set.of("Nasional", "Penanggulangan", "Bencana", "Daerah", "Pusat",
            "Umum", "Negara", "Republik", "Rakyat", "Perwakilan", "Pengawas", "Pemeriksa", "Keuangan", "Statistik",
            "Riset", "Inovasi", "Pengawasan", "Obat", "Makanan", "Intelijen", "Siber", "Sandi", "Pertanahan",
            "Kependudukan", "Keluarga", "Berencana", "Narkotika", "Perlindungan", "Saksi", "Korban", "Pemberantasan",
            "Korupsi", "Investasi", "Koordinasi", "Penanaman", "Modal", "Standardisasi", "Pencarian", "Pertolongan",
            "Metro", "Jaya", "Resor", "Sektor", "Militer", "Komando", "Angkatan", "Darat", "Udara", "Pangan",
            "Pemilihan", "Pemilu", "Pemberdayaan", "Pembinaan", "Ideologi", "Pancasila", "Meteorologi",
            "Klimatologi", "Geofisika", "Kesehatan", "Pendidikan", "Pembangunan", "Perencanaan", "Pengelolaan",
            "Pelaksana", "Kepegawaian", "Arsip", "Perpustakaan", "Informasi", "Geospasial", "Tenaga", "Nuklir",
            "Antariksa", "Penerbangan", "Keamanan", "Laut", "Pertahanan", "Sosial", "Jaminan", "Ketenagakerjaan",
            "Konstitusi", "Agung", "Yudisial", "Persaingan", "Usaha", "Penyiaran", "Pers", "Hak", "Asasi", "Manusia",
            "Tinggi", "Negeri", "Kota", "Provinsi", "Kabupaten", "Tertinggi", "Internasional", "Dunia",
            "Perdagangan", "Industri", "Ekonomi", "Moneter", "Jasa", "Otoritas", "Perbankan");

    /** Words that open a place's name: Pelabuhan Merak, Sungai Deli, Laut Sulawesi, Gunung Semeru. */
    static final Set<String> PLACE_HEADS = Set.of("Pelabuhan", "Sungai", "Laut", "Danau", "Gunung", "Pulau", "Selat",
            "Teluk", "Bandara", "Tanjung", "Kepulauan", "Samudra", "Samudera", "Lembah", "Semenanjung", "Jalan",
            "Bendungan", "Stasiun", "Terminal");

    /** Countries and places the grammar knows (countries double as adjectives: Menteri Luar Negeri Rusia). */
    static final List<String> PLACES = sortLongestFirst(
            "Indonesia", "AS", "Amerika Serikat", "Amerika", "Rusia", "Ukraina", "Korea Selatan", "Korea Utara",
            "Korea", "Tiongkok", "China", "Cina", "Jepang", "Inggris", "Jerman", "Prancis", "Perancis", "Australia",
            "Malaysia", "Singapura", "Thailand", "Filipina", "Vietnam", "India", "Arab Saudi", "Iran", "Irak",
            "Israel", "Palestina", "Mesir", "Turki", "Belanda", "Eropa", "Kanada", "Brasil", "Qatar", "Yordania",
            "Suriah", "Lebanon", "Afghanistan", "Pakistan", "Myanmar", "Kamboja", "Laos", "Timor Leste", "Taiwan",
            "Hong Kong", "Selandia Baru", "Meksiko", "Italia", "Spanyol", "Polandia", "Swedia", "Finlandia",
            "Norwegia", "Belgia", "Swiss", "Austria", "Yunani", "Afrika Selatan", "Nigeria", "Uni Emirat Arab",
            "Moskow", "Brussel", "Pyongyang", "Seoul", "Beijing", "Washington", "Tokyo", "Kyiv", "Kiev", "Gaza",
            "Yerusalem", "Teheran", "Bangkok", "Kuala Lumpur", "Canberra", "London", "Paris", "Berlin", "Den Haag",
            "Jenewa", "New York", "Jakarta", "Bandung", "Surabaya", "Semarang", "Medan", "Makassar", "Yogyakarta",
            "Denpasar", "Palembang", "Bogor", "Bekasi", "Depok", "Tangerang", "Solo", "Malang", "Batam", "Manado",
            "Jawa", "Jawa Barat", "Jawa Tengah", "Jawa Timur", "DKI Jakarta", "Banten", "Bali", "Aceh", "Papua",
            "Papua Barat", "Sumatra", "Sumatera", "Sumatera Utara", "Sumatera Barat", "Sumatera Selatan", "Riau",
            "Kepulauan Riau", "Jambi", "Lampung", "Bengkulu", "Kalimantan", "Kalimantan Barat",
            "Kalimantan Timur", "Kalimantan Selatan", "Kalimantan Tengah", "Kalimantan Utara", "Sulawesi",
            "Sulawesi Selatan", "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Tenggara", "Gorontalo", "Maluku",
            "Maluku Utara", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "NTB", "NTT", "Lombok", "Flores",
            "Daerah Istimewa Yogyakarta", "DIY", "Indo-Pasifik", "Asia", "Asia Tenggara", "Timur Tengah", "Afrika",
            "Kursk", "Donetsk", "Krimea", "Kharkiv", "Odesa", "Tepi Barat", "Laut China Selatan", "Natuna", "Metro Jaya");

    /** Organisations known without an expansion in the text. */
    static final List<String> ORGANISATIONS = sortLongestFirst(
            "Uni Eropa", "Komisi Eropa", "Perserikatan Bangsa-Bangsa", "Bapanas", "Bulog", "Kemenkeu", "Kemenlu",
            "Kemendag", "Kementan", "Kemenhan", "Kemendagri", "Kemenkes", "Bappenas", "Basarnas", "Kominfo",
            "Polri", "Pertamina", "Pentagon", "Kremlin", "Gedung Putih", "Istana Negara", "Istana Kepresidenan",
            "Korean Central News Agency", "JoongAng Ilbo", "Reuters", "Kompas", "Tempo", "Bawaslu",
            "Kejaksaan Agung", "Mahkamah Konstitusi", "Mahkamah Agung", "Danantara", "Bank Indonesia",
            "Bank Dunia");

    /** Words that open an organisation's name (Badan Pangan Nasional, Kementerian Keuangan). */
    static final Set<String> ORGANISATION_HEADS = Set.of("Badan", "Kementerian", "Komisi", "Dewan", "Majelis",
            "Mahkamah", "Kejaksaan", "Kepolisian", "Pengadilan", "Partai", "Bank", "Universitas", "Institut",
            "Lembaga", "Organisasi", "Perusahaan", "PT", "Yayasan", "Asosiasi", "Perhimpunan", "Persatuan",
            "Otoritas", "Direktorat", "Sekretariat", "Gerakan",
            "Front", "Agency", "Council", "Ministry", "Fund", "Forum", "Kamar", "Bursa", "Balai",
            "Koperasi", "Serikat", "Himpunan", "Ikatan", "Konfederasi", "Federasi");

    /** Points of the compass after a place: Ukraina Timur, Jakarta Selatan. */
    static final Set<String> COMPASS = Set.of("Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara",
            "Barat Daya", "Timur Laut", "Daya", "Laut");

    /** All-capital words that are not organisations. */
    static final Set<String> NOT_ACRONYMS = Set.of("TV", "WIB", "WITA", "WIT", "PHK", "BBM", "UMKM", "PDB", "GDP",
            "HAM", "CEO", "OK", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "Rp", "US", "USD");

    /** Lower-case words allowed inside a name between capitalised words. */
    static final Set<String> PARTICLES = Set.of("bin", "binti", "van", "von", "de", "der", "den", "da", "dos",
            "del", "la", "le", "ibn", "bint", "al", "el", "ter", "ten");

    /** Words before a place: di, ke, dari and the nouns of a place. */
    static final Set<String> PLACE_CUES = Set.of("di", "ke", "dari", "wilayah", "kota", "provinsi", "kabupaten",
            "kecamatan", "desa", "pulau", "negara", "ibu", "daerah", "kawasan", "distrik", "Di", "Ke", "Dari",
            "Wilayah", "Kota", "Provinsi", "Kabupaten", "Kecamatan", "Desa", "Pulau", "Kawasan", "Distrik");

    /**
     * Capitalised words that are not names: sentence openers, days, months, common nouns that open a
     * sentence or a heading. A capitalised run starting with one of these loses it.
     */
    static final Set<String> NOT_NAMES = new HashSet<>(Arrays.asList(
            "Pada", "Di", "Ke", "Dari", "Dalam", "Dengan", "Untuk", "Bagi", "Oleh", "Sementara", "Namun", "Tetapi",
            "Tapi", "Menurut", "Selain", "Setelah", "Sebelum", "Selama", "Sejak", "Hingga", "Sampai", "Saat",
            "Ketika", "Karena", "Sehingga", "Jika", "Kalau", "Meski", "Meskipun", "Walaupun", "Apabila", "Agar",
            "Supaya", "Bahwa", "Ini", "Itu", "Hal", "Dia", "Ia", "Mereka", "Kami", "Kita", "Saya", "Anda", "Beliau",
            "Yang", "Sedangkan", "Adapun", "Kemudian", "Lalu", "Selanjutnya", "Sebelumnya", "Sehari", "Kini",
            "Sekarang", "Kemarin", "Besok", "Tahun", "Bulan", "Minggu", "Hari", "Senin", "Selasa", "Rabu", "Kamis",
            "Jumat", "Sabtu", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember", "Natal", "Lebaran", "Idulfitri", "Iduladha", "Ramadan",
            "Imlek", "Nyepi", "Waisak", "Sumber", "Foto", "Baca", "Juga", "Pemerintah",
            "Pemerintahan", "Wilayah", "Kota", "Provinsi", "Kabupaten", "Perang", "Sikap", "Rilis", "Terkait",
            "Seorang", "Para", "Warga", "Rakyat", "Negara", "Kedua", "Ketiga", "Pertama", "Sebanyak", "Sekitar",
            "Lebih", "Kurang", "Semua", "Setiap", "Banyak", "Beberapa", "Sebagian", "Ada", "Tidak", "Bukan",
            "Belum", "Sudah", "Telah", "Akan", "Masih", "Harga", "Produksi", "Stok", "Kebijakan", "Program",
            "Rapat", "Pertemuan", "Kunjungan", "Langkah", "Data", "Laporan", "Berdasarkan", "Sebab", "Akibat",
            "Apa", "Siapa", "Mengapa", "Bagaimana", "Kapan", "Dimana", "Di mana", "Tim", "Pihak", "Soal",
            "Mengenai", "Tentang", "Atas", "Demikian", "Begitu", "Sebagai", "Secara", "Bersama", "Antara",
            "Tentara", "Pasukan", "Nilai", "Jumlah", "Total", "Angka", "Kasus", "Korban", "Bantuan", "Kerja",
            "Upaya", "Rencana", "Keputusan", "Pernyataan", "Sidang", "Acara", "Kegiatan", "Wakil", "Kepala",
            "Pasar", "Ekonomi", "Inflasi", "Pertumbuhan", "Penjualan", "Kenaikan", "Penurunan", "Sekretaris",
            "Juru", "Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Muslim", "Utara", "Selatan", "Timur", "Barat", "Tengah", "Presiden", "Menteri", "Gubernur", "Bupati", "Ketua", "Direktur", "Panglima", "Jaksa"));

    private static List<String> sortLongestFirst(String... entries) {
        return Arrays.stream(entries).sorted((a, b) -> Integer.compare(words(b), words(a))).toList();
    }

    static int words(String s) {
        return s.split(" ").length;
    }
}
