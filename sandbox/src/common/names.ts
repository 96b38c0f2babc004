// Turkish names, places and words for generated data.
export const FIRST_NAMES = ["Ahmet", "Mehmet", "Mustafa", "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Özge", "Şule", "Çağla", "Gökhan", "Büşra", "Merve", "Esra", "Deniz", "Cem", "Ece", "Ilgaz", "Irmak", "Işıl", "Tuğba", "Burak", "Dilara", "Kaan", "Selin", "Oğuz", "Gülşen", "Ümit", "Şeyma"];
export const LAST_NAMES = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Erdoğan", "Güneş", "Aksoy", "Sincap", "Demiral", "Işık", "Uçar", "Ünal", "Bulut"];
export const CITIES: ReadonlyArray<[string, string]> = [
  ["1", "Adana"], ["2", "Adıyaman"], ["3", "Afyonkarahisar"], ["4", "Ağrı"], ["5", "Amasya"], ["6", "Ankara"], ["7", "Antalya"], ["8", "Artvin"], ["9", "Aydın"], ["10", "Balıkesir"],
  ["11", "Bilecik"], ["12", "Bingöl"], ["13", "Bitlis"], ["14", "Bolu"], ["15", "Burdur"], ["16", "Bursa"], ["17", "Çanakkale"], ["18", "Çankırı"], ["19", "Çorum"], ["20", "Denizli"],
  ["21", "Diyarbakır"], ["22", "Edirne"], ["23", "Elazığ"], ["24", "Erzincan"], ["25", "Erzurum"], ["26", "Eskişehir"], ["27", "Gaziantep"], ["28", "Giresun"], ["29", "Gümüşhane"], ["30", "Hakkari"],
  ["31", "Hatay"], ["32", "Isparta"], ["33", "Mersin"], ["34", "İstanbul"], ["35", "İzmir"], ["36", "Kars"], ["37", "Kastamonu"], ["38", "Kayseri"], ["39", "Kırklareli"], ["40", "Kırşehir"],
  ["41", "Kocaeli"], ["42", "Konya"], ["43", "Kütahya"], ["44", "Malatya"], ["45", "Manisa"], ["46", "Kahramanmaraş"], ["47", "Mardin"], ["48", "Muğla"], ["49", "Muş"], ["50", "Nevşehir"],
  ["51", "Niğde"], ["52", "Ordu"], ["53", "Rize"], ["54", "Sakarya"], ["55", "Samsun"], ["56", "Siirt"], ["57", "Sinop"], ["58", "Sivas"], ["59", "Tekirdağ"], ["60", "Tokat"],
  ["61", "Trabzon"], ["62", "Tunceli"], ["63", "Şanlıurfa"], ["64", "Uşak"], ["65", "Van"], ["66", "Yozgat"], ["67", "Zonguldak"], ["68", "Aksaray"], ["69", "Bayburt"], ["70", "Karaman"],
  ["71", "Kırıkkale"], ["72", "Batman"], ["73", "Şırnak"], ["74", "Bartın"], ["75", "Ardahan"], ["76", "Iğdır"], ["77", "Yalova"], ["78", "Karabük"], ["79", "Kilis"], ["80", "Osmaniye"], ["81", "Düzce"],
];
export const DISTRICTS = ["Merkez", "Kadıköy", "Çankaya", "Karşıyaka", "Nilüfer", "Konak", "Üsküdar", "Beşiktaş", "Şişli", "Selçuklu", "Muratpaşa", "Keçiören", "Bornova", "Pamukkale", "Odunpazarı"];
export const NEIGHBORHOODS = ["Merkez Mah", "Cumhuriyet Mah", "Atatürk Mah", "Fatih Mah", "Yeni Mah", "Çamlık Mah", "Gül Mah", "İstiklal Mah", "Hürriyet Mah", "Barış Mah"];
export const STREETS = ["Cami sk.", "Itri Sk.", "Lale Sk.", "Papatya Cd.", "Gazi Blv.", "Çınar Sk.", "Okul Sk.", "Şehitler Cd.", "Öğretmenler Cd.", "Menekşe Sk."];
export const BRAND_WORDS = ["Anadolu", "Boğaziçi", "Kapadokya", "Ege", "Marmara", "Toros", "Kaçkar", "Uludağ", "Erciyes", "Pamuk", "Lale", "Çınar", "Defne", "Zeytin", "Nar", "İnci", "Yıldız", "Güneş", "Ay", "Deniz", "Rüzgar", "Şimşek", "Kartal", "Aslan", "Atlas", "Özgür", "Tat", "Mavi", "Kırmızı", "Beyaz", "Ilgın", "Işık", "Ufuk", "Vadi", "Bahar"];
export const BRAND_SUFFIXES = ["", " Tekstil", " Moda", " Elektronik", " Kozmetik", " Home", " Spor", " Gıda", " Butik", " Kitap", " Oyuncak", " Ayakkabı", " Makarna", " Mobilya", " Bebe"];
export const COLORS = ["Siyah", "Beyaz", "Kırmızı", "Lacivert", "Mavi", "Yeşil", "Sarı", "Gri", "Pembe", "Mor", "Turuncu", "Kahverengi", "Ekru", "Gece Mavisi"];
export const SIZES = ["XS", "S", "M", "L", "XL", "XXL"];
export const CARGO = [
  { id: "8eb9aeb7-fd11-425b-9930-08d8e48cc18f", name: "MNG", url: "https://www.mngkargo.com.tr/gonderitakip" },
  { id: "7b5567ff-abe7-487e-5c79-08d8e480366a", name: "Yurtiçi Kargo", url: "https://www.yurticikargo.com/" },
  { id: "6d6e004a-23b1-43d1-4d30-08d8e87e3449", name: "PTT", url: "https://gonderitakip.ptt.gov.tr" },
  { id: "a1c0e7d2-6b2f-4a0e-9c43-08d8e4a1b001", name: "Aras Kargo", url: "https://www.araskargo.com.tr/" },
];
export const TR_MONTH_NAMES = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"];

/** Category tree skeleton: root → children → leaves (a few leaves get a fourth level). */
export const CATEGORY_TREE: Record<string, Record<string, string[]>> = {
  Moda: {
    "Kadın Giyim": ["Elbise", "Tayt", "Bluz", "Gömlek", "Pantolon", "Etek", "Ceket", "Mont", "Kazak", "Tişört"],
    "Erkek Giyim": ["Tişört", "Gömlek", "Pantolon", "Şort", "Ceket", "Mont", "Kazak", "Takım Elbise", "Eşofman"],
    Ayakkabı: ["Spor Ayakkabı", "Bot", "Çizme", "Sandalet", "Terlik", "Klasik Ayakkabı", "Babet"],
    Aksesuar: ["Çanta", "Cüzdan", "Kemer", "Şapka", "Atkı", "Saat", "Güneş Gözlüğü", "Takı"],
    "Çocuk Giyim": ["Kız Çocuk Elbise", "Erkek Çocuk Tişört", "Çocuk Pijama", "Çocuk Mont"],
  },
  Elektronik: {
    "Cep Telefonu": ["Akıllı Telefon", "Tuşlu Telefon", "Telefon Kılıfı", "Şarj Cihazı", "Ekran Koruyucu", "Powerbank"],
    Bilgisayar: ["Dizüstü Bilgisayar", "Masaüstü Bilgisayar", "Tablet", "Monitör", "Klavye", "Mouse", "Yazıcı"],
    "TV ve Ses": ["Televizyon", "Kulaklık", "Hoparlör", "Soundbar", "Projeksiyon"],
    "Giyilebilir Teknoloji": ["Akıllı Saat", "Adımsayar", "Akıllı Bileklik"],
    "Beyaz Eşya": ["Buzdolabı", "Çamaşır Makinesi", "Bulaşık Makinesi", "Fırın", "Kurutma Makinesi"],
    "Küçük Ev Aletleri": ["Süpürge", "Kahve Makinesi", "Çay Makinesi", "Blender", "Tost Makinesi", "Ütü", "Saç Kurutma Makinesi"],
  },
  "Ev ve Yaşam": {
    Mobilya: ["Koltuk", "Masa", "Sandalye", "Yatak", "Gardırop", "Kitaplık", "TV Ünitesi"],
    "Ev Tekstili": ["Nevresim Takımı", "Yastık", "Yorgan", "Havlu", "Perde", "Halı"],
    Mutfak: ["Tencere", "Tava", "Yemek Takımı", "Bardak", "Çatal Kaşık Bıçak", "Saklama Kabı", "Çaydanlık"],
    Dekorasyon: ["Vazo", "Tablo", "Ayna", "Mum", "Saat (Duvar)", "Yapay Çiçek"],
    Aydınlatma: ["Avize", "Lambader", "Masa Lambası", "Ampul"],
  },
  "Kozmetik ve Kişisel Bakım": {
    Makyaj: ["Ruj", "Fondöten", "Maskara", "Far", "Allık", "Oje"],
    "Cilt Bakımı": ["Nemlendirici", "Güneş Kremi", "Yüz Temizleyici", "Serum", "Maske"],
    "Saç Bakımı": ["Şampuan", "Saç Kremi", "Saç Boyası", "Saç Şekillendirici"],
    Parfüm: ["Kadın Parfüm", "Erkek Parfüm", "Deodorant"],
  },
  "Anne ve Bebek": {
    "Bebek Bezi": ["Bant Bez", "Külot Bez", "Islak Mendil"],
    "Bebek Beslenme": ["Biberon", "Mama Sandalyesi", "Emzik", "Bebek Maması"],
    "Bebek Arabası": ["Puset", "Travel Sistem", "Oto Koltuğu"],
    Oyuncak: ["Eğitici Oyuncak", "Peluş Oyuncak", "Yapı Oyuncakları", "Oyuncak Araba", "Bebek ve Aksesuarları"],
  },
  "Spor ve Outdoor": {
    Fitness: ["Dambıl", "Koşu Bandı", "Yoga Matı", "Direnç Bandı"],
    Kamp: ["Çadır", "Uyku Tulumu", "Kamp Sandalyesi", "Termos"],
    Bisiklet: ["Şehir Bisikleti", "Dağ Bisikleti", "Bisiklet Kaskı", "Bisiklet Aksesuarı"],
    "Spor Giyim": ["Eşofman Takımı", "Spor Tayt", "Spor Sütyeni", "Koşu Ayakkabısı"],
  },
  Süpermarket: {
    "Temel Gıda": ["Makarna", "Bakliyat", "Un", "Şeker", "Yağ", "Salça"],
    Kahvaltılık: ["Reçel", "Bal", "Peynir", "Zeytin", "Tahin Pekmez"],
    İçecek: ["Çay", "Kahve", "Su", "Meyve Suyu", "Gazlı İçecek"],
    Temizlik: ["Çamaşır Deterjanı", "Bulaşık Deterjanı", "Yüzey Temizleyici", "Kağıt Havlu"],
  },
  "Otomobil, Motosiklet ve Aksesuarları": {
    "Oto Aksesuarları": ["Oto Kokusu", "Oto Paspas", "Telefon Tutucu", "Koltuk Kılıfı"],
    "Oto Yedek Parça": ["Fren Balatası", "Silecek", "Akü", "Isı Sensörleri", "Buji"],
    "Oto Lastikler": ["Yaz Lastiği", "Kış Lastiği", "4 Mevsim Lastik", "Oto Lastikler (Diğer)"],
  },
  "Kitap, Müzik, Film": {
    Kitap: ["Roman", "Psikoloji, Kişisel Gelişim", "Çocuk Kitapları", "Tarih", "Bilim", "Sınav Hazırlık"],
    Müzik: ["Plak", "CD", "Müzik Aleti"],
    Kırtasiye: ["Defter", "Kalem", "Tükenmez Kalem", "Boya Kalemi", "Ajanda"],
  },
};

/** Leaves that get a fourth level, to make the tree deep enough to matter. */
export const FOURTH_LEVEL: Record<string, string[]> = {
  "Akıllı Telefon": ["Android Telefon", "iOS Telefon"],
  "Dizüstü Bilgisayar": ["Oyun Bilgisayarı", "İş Bilgisayarı", "Ultrabook"],
  Elbise: ["Günlük Elbise", "Abiye", "Tesettür Elbise"],
  "Spor Ayakkabı": ["Koşu Ayakkabısı", "Sneaker", "Yürüyüş Ayakkabısı"],
  Televizyon: ["Smart TV", "OLED TV", "QLED TV"],
  Roman: ["Türk Edebiyatı", "Dünya Edebiyatı", "Polisiye"],
};
