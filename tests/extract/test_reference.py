"""Subjects carried over from earlier sentences, and dates from the meeting they happen in."""

from __future__ import annotations

from tests.extract.fixtures import draft_of, roles

MEETING = (
    "Azərbaycanın müdafiə naziri Zakir Həsənov fevralın 10-da Gürcüstanın müdafiə naziri İrakli Çikovanini qəbul edib. "
)


def _dated(draft, kind: str) -> list[object]:  # type: ignore[no-untyped-def]
    return [e.date.spec if e.date else None for e in draft.events if e.type == kind]


def test_goruşde_nazir_is_the_host_on_the_meetings_day() -> None:
    draft = draft_of(MEETING + "Görüşdə nazir hərbi əməkdaşlığın uğurla inkişaf etdiyini bildirib.", "2026-02-11")
    assert roles(draft, "Statement") == [[("agent", "zakir-hasanov")]]
    assert _dated(draft, "Statement") == ["2026-02-10"]


def test_terefler_are_the_parties_of_the_last_meeting() -> None:
    draft = draft_of(MEETING + "Tərəflər hərbi təhsil məsələlərini müzakirə ediblər.", "2026-02-11")
    (meeting,) = draft.events  # the same meeting, told again
    assert meeting.roles == [("agent", "zakir-hasanov"), ("counterpart", "irakli-cikovani")]
    assert len(meeting.evidence) == 2


def test_nazirler_sign_at_the_end_of_the_meeting() -> None:
    draft = draft_of(MEETING + "Görüşün sonunda nazirlər hərbi əməkdaşlıq planını imzalayıblar.", "2026-02-11")
    assert roles(draft, "AgreementSigning") == [[("agent", "zakir-hasanov"), ("counterpart", "irakli-cikovani")]]
    assert _dated(draft, "AgreementSigning") == ["2026-02-10"]


def test_after_the_meeting_is_not_its_day() -> None:
    draft = draft_of(MEETING + "Görüşdən sonra nazirlər hərbi əməkdaşlıq planını imzalayıblar.", "2026-02-11")
    assert _dated(draft, "AgreementSigning") == [None]  # not after publication, no more


def test_qonaq_is_the_one_received() -> None:
    draft = draft_of(MEETING + "Qonaq daha sonra Şəhidlər Xiyabanını ziyarət edib.", "2026-02-11")
    assert roles(draft, "MemorialVisit") == [[("agent", "irakli-cikovani")]]


def test_dovlet_bascisi_is_the_home_countrys_president() -> None:
    draft = draft_of(
        "Qazaxıstan Prezidenti Nurlan Sabitov Azərbaycana səfər edib. Prezident İlham Əliyev Nurlan Sabitov ilə "
        "görüşüb. Dövlət başçısı Nurlan Sabitovun Azərbaycana etdiyi səfərin önəmli olduğunu vurğulayıb."
    )
    assert roles(draft, "Statement") == [[("agent", "ilham-aliyev")]]


def test_hemin_gun_is_the_day_last_named() -> None:
    draft = draft_of(
        "Qazaxıstan Prezidenti Nurlan Sabitov avqustun 17-də Azərbaycana rəsmi səfər edib. "
        "Həmin gün Prezident İlham Əliyev Nurlan Sabitov ilə görüşüb.",
        "2026-08-18",
    )
    assert _dated(draft, "Meeting") == ["2026-08-17"]


def test_the_leader_of_a_delegation_is_its_subject_and_the_delegation_the_guest() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "General-leytenant Murat Aydının rəhbərlik etdiyi Türkiyə Silahlı Qüvvələrinin nümayəndə heyəti "
        "aprelin 23-də Bakıda səfərdə olub. Müdafiə naziri Zakir Həsənov nümayəndə heyətini qəbul edib.",
        published="2026-04-25",
    )
    visits = [e.roles[0] for e in draft.events if e.type == "Visit"]
    meetings = [e.roles for e in draft.events if e.type == "Meeting"]
    assert visits == [("agent", "murat-aydin")]
    assert meetings == [[("agent", "zakir-hasanov"), ("counterpart", "murat-aydin")]]


def test_a_delegation_led_by_someone_as_a_counterpart() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Müdafiə naziri Zakir Həsənov Özbəkistan Silahlı Qüvvələrinin Baş Qərargah rəisi general-mayor "
        "Şuxrat Xolmuxamedovun başçılıq etdiyi nümayəndə heyəti ilə görüşüb."
    )
    assert [e.roles for e in draft.events if e.type == "Meeting"] == [
        [("agent", "zakir-hasanov"), ("counterpart", "suxrat-xolmuxamedov")]
    ]


def test_a_list_that_ends_in_others_is_a_list() -> None:
    draft = draft_of(
        "Qəbulda Qazaxıstanın səfiri Baurjan Seytqaziyev, vitse-admiral Fərid Əliyev və digər rəsmi şəxslər "
        "iştirak ediblər.",
        "2026-07-15",
    )
    assert roles(draft, "Ceremony") == [[("agent", "baurjan-seytqaziyev"), ("agent", "ferid-eliyev")]]


def test_a_title_of_a_country_refers_to_the_person_of_that_countrys_post() -> None:
    draft = draft_of(
        "Azərbaycanın müdafiə naziri Rafael Şirinov Macarıstanın müdafiə naziri Laslo Varqa ilə görüşüb.\n"
        "Xatırladaq ki, Macarıstanın müdafiə naziri mayın 20-də Bakıya gəlib.",
        "2025-05-21",
    )
    assert roles(draft, "Visit") == [[("agent", "laslo-varqa"), ("counterpart", "azerbaijan")]]


def test_the_sides_again_do_not_hide_the_meeting_the_signing_ends() -> None:
    draft = draft_of(
        "Nazir Zakir Həsənov fevralın 10-da Gürcüstanın müdafiə naziri İrakli Çikovanini qəbul edib.\n"
        "Tərəflər hərbi təhsil sahəsində əməkdaşlığı müzakirə ediblər.\n"
        "Görüşün sonunda nazirlər hərbi əməkdaşlıq planını imzalayıblar.",
        "2026-02-11",
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    assert signing.date is not None and signing.date.spec == "2026-02-10"


def test_a_quotation_of_one_who_met_has_the_meetings_date() -> None:
    draft = draft_of(
        "Prezident İlham Əliyev iyulun 9-da Özbəkistanın müdafiə naziri Rustam Normatovu qəbul edib.\n"
        '"Azərbaycan və Özbəkistan həm də müttəfiqdir", - deyə Prezident İlham Əliyev bildirib.',
        "2025-07-09",
    )
    (statement,) = [e for e in draft.events if e.type == "Statement"]
    assert statement.date is not None and statement.date.spec == "2025-07-09"


def test_the_head_of_the_delegation_is_who_leads_it() -> None:
    draft = draft_of(
        "Müdafiə nazirinin müavini general-leytenant Ceyhun Əliyarlının başçılıq etdiyi nümayəndə heyəti "
        "Brüsseldə NATO-nun iclasında iştirak edib.\nNoyabrın 20-də iclasın kənarında Azərbaycan nümayəndə "
        "heyətinin rəhbəri NATO Baş katibinin köməkçisi Marten Hollander ilə görüşüb.",
        "2024-11-21",
    )
    assert roles(draft, "Meeting") == [[("agent", "ceyhun-eliyarli"), ("counterpart", "marten-hollander")]]
    assert roles(draft, "Ceremony") == [[("agent", "ceyhun-eliyarli"), ("organizer", "nato")]]  # NATO's session


def test_a_countrys_title_without_a_name_is_the_person_holding_it() -> None:
    draft = draft_of(
        "Prezident İlham Əliyev Türkiyə Silahlı Qüvvələrinin Baş Qərargah rəisi ordu generalı Ümit Doğanayı qəbul "
        "etdi.\nOrdu generalı Ü.Doğanay təşəkkürünü bildirdi.\n"
        "Qeyd edək ki, Türkiyə Baş Qərargah rəisi dünən Bakıya rəsmi səfərə gəlib.",
        "2024-06-05",
    )
    assert roles(draft, "Visit") == [[("agent", "umit-doganay"), ("counterpart", "azerbaijan")]]


def test_a_reference_opening_the_sentence_is_its_subject_not_a_name_inside_the_clause() -> None:
    draft = draft_of(
        "Prezident İlham Əliyev Belarusun müdafiə naziri Andrey Karpoviçi qəbul edib.\n"
        "Dövlətimizin başçısı Belarusun Avrasiya məkanında Azərbaycanın etibarlı tərəfdaşlarından biri olduğunu "
        "vurğulayıb.",
        "2020-03-04",
    )
    (statement,) = [e for e in draft.events if e.type == "Statement"]
    assert statement.roles == [("agent", "ilham-aliyev")]


def test_a_demonym_and_a_title_noun_is_the_person_of_that_country() -> None:
    draft = draft_of(
        "Xarici işlər nazirinin müavini Elnur Qasımlı Latviyanın xarici işlər nazirinin müavini Andris Kalninş ilə "
        "görüşüb.\n"
        "Latviyalı diplomat isə ölkəsinin Azərbaycanın ərazi bütövlüyünü dəstəklədiyini vurğulayıb.",
        "2019-03-14",
    )
    (statement,) = [e for e in draft.events if e.type == "Statement"]
    assert statement.roles == [("agent", "andris-kalnins")]


def test_a_rank_alone_refers_to_the_person_of_that_rank() -> None:
    draft = draft_of(
        "Baş Qərargah rəisi general-polkovnik Kamal Rəsulzadə Gürcüstanda rəsmi səfərdədir.\n"
        "Səfər çərçivəsində bu gün general Tbilisidəki Qəhrəmanlar Memorialını ziyarət edərək əklil qoymuşdur.",
        "2019-05-22",
    )
    (memorial,) = [e for e in draft.events if e.type == "MemorialVisit"]
    assert memorial.roles == [("agent", "kamal-resulzade")]


def test_a_country_and_a_noun_for_a_person_is_its_person_named_before() -> None:
    draft = draft_of(
        "Azərbaycan Respublikasının xarici işlər nazirinin müavini Fərid Şükürlü fevralın 13-də Çexiyaya səfərə "
        "gəlib.\n"
        "Fevralın 14-də Azərbaycan diplomatı Çexiya Parlamenti Deputatlar Palatasının xarici işlər komitəsinin "
        "sədri Tomaş Kubiçeklə görüşmüşdür.",
        "2017-02-14",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert meeting.roles == [("agent", "ferid-sukurlu"), ("counterpart", "tomas-kubicek")]


def test_the_delegation_as_the_object_opening_the_sentence_is_the_one_received() -> None:
    draft = draft_of(
        "Litvanın müdafiə naziri Juozas Olekasın başçılıq etdiyi nümayəndə heyəti Azərbaycana səfər edir.\n"
        "Bu gün nümayəndə heyətini xarici işlər nazirinin müavini Nəsimi Ağazadə qəbul edib.",
        "2016-10-05",
    )
    assert roles(draft, "Meeting") == [[("agent", "nesimi-agazade"), ("counterpart", "juozas-olekas")]]


def test_he_opening_a_sentence_is_the_one_who_acted_last() -> None:
    draft = draft_of("Zakir Həsənov Elvin Nəzərov ilə görüşüb. O, əməkdaşlığın uğurla inkişaf etdiyini bildirib.")
    assert roles(draft, "Statement") == [[("agent", "zakir-hasanov")]]


def test_a_bodys_delegation_is_the_one_who_leads_it() -> None:
    draft = draft_of(
        "Elman Zeynalov BMT-nin Baş katibinin müavini Riçard Oukfildin başçılıq etdiyi nümayəndə heyətini "
        "qəbul edib. Qeyd edək ki, BMT nümayəndə heyəti fevralın 7-də Bakıya gəlib.",
        "2012-02-08",
    )
    (visit,) = roles(draft, "Visit")
    assert visit[0] == ("agent", "ricard-oukfild")


def test_a_body_that_owns_the_title_of_the_one_named_after_it_is_not_the_subject() -> None:
    draft = draft_of(
        "NATO Baş katibinin Qafqaz və Mərkəzi Asiya üzrə xüsusi nümayəndəsi Henrik Sandvold Azərbaycanda işgüzar "
        "səfərdədir.",
        "2009-10-21",
    )
    (visit,) = [e for e in draft.events if e.type == "Visit"]
    assert visit.roles[0] == ("agent", "henrik-sandvold")  # not NATO


def test_a_visit_recalled_from_months_before_is_not_the_visit_of_today() -> None:
    draft = draft_of(
        "Latviyanın müdafiə naziri Andris Kalnins Azərbaycanda işgüzar səfərdədir.\n"
        "Xatırladaq ki, A.Kalnins mart ayında da Azərbaycana səfər etmişdi.",
        "2009-10-21",
    )
    visits = [e for e in draft.events if e.type == "Visit"]
    assert [v.date.spec if v.date else None for v in visits] == [None, {"month": 3}]


def test_the_guest_greeted_in_a_participle_is_not_the_one_who_speaks() -> None:
    """'Qonağı salamlayan nazir ... bildirib': the minister who greeted the guest said it."""
    draft = draft_of(
        "Müdafiə naziri general-polkovnik Yavər Məmmədxanlı Almaniyanın hərbi attaşesi polkovnik Dirk Raynholdu "
        "qəbul edib. Qonağı salamlayan nazir əlaqələrin uğurla inkişaf etdiyini bildirib.",
        "2007-03-27",
    )
    (statement,) = [e for e in draft.events if e.type == "Statement"]
    assert statement.roles == [("agent", "yaver-memmedxanli")]


def test_a_nations_name_before_a_title_noun_is_the_person_of_that_country() -> None:
    """'türk generalı' (the Turkish general) is the Turkish general named before, as 'türkiyəli general' (round 16)."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Azərbaycanın müdafiə naziri Kamil Şirinbəyov Türkiyə Quru Qoşunlarının komandanı korgeneral Hasan Akdoğan "
        "ilə görüşüb. Qeyd edək ki, türk generalı iyunun 22-dən Azərbaycanda rəsmi səfərdədir.",
        "2006-06-24",
    )
    assert [e.roles for e in draft.events if e.type == "Visit"] == [
        [("agent", "hasan-akdogan"), ("counterpart", "azerbaijan")]
    ]


def test_a_name_before_cercivesinde_is_no_subject() -> None:
    """'... iki ölkənin GUAM çərçivəsində birgə fəaliyyətinin ... xidmət etdiyini vurğulayıb' drafted GUAM's
    statement (round 17): GUAM is inside "within the framework of"."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Azərbaycanın müdafiə naziri Nazim Əliquluzadə bildirib ki, əlaqələr uğurla inkişaf edir. Nazir iki ölkənin "
        "GUAM çərçivəsində birgə fəaliyyətinin regionda sabitliyin möhkəmlənməsinə xidmət etdiyini vurğulayıb.",
        "2005-02-17",
    )
    assert {e.roles[0][1] for e in draft.events if e.type == "Statement"} == {"nazim-eliquluzade"}


def test_the_delegations_head_received_is_the_one_who_leads_it() -> None:
    """'Azərbaycan nümayəndə heyətinin rəhbərini X qəbul edib' (round 20): X received the delegation's head."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Azərbaycan Baş Qərargah rəisi Nazim Ağabəylinin başçılıq etdiyi hərbi nümayəndə heyəti aprelin 16-da "
        "Ankaraya gəlib. Həmin gün Azərbaycan nümayəndə heyətinin rəhbərini Türkiyənin milli müdafiə naziri Hikmət "
        "Sarıgül qəbul edib.",
        "2001-04-20",
    )
    assert [e.roles for e in draft.events if e.type == "Meeting"] == [
        [("agent", "hikmet-sarigul"), ("counterpart", "nazim-agabeyli")]
    ]


def test_a_countrys_minister_received_is_its_minister_named_before() -> None:
    """'Azərbaycan nazirini Gürcüstan Prezidenti E.Şevardnadze qəbul edib' (round 19): the president received the
    Azerbaijani minister; the country is no party."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Azərbaycanın müdafiə naziri Elxan Şahmuradov iyunun 5-də Gürcüstana işgüzar səfərə gedib. İyunun 6-da "
        "Azərbaycan nazirini Gürcüstan Prezidenti Eduard Şevardnadze qəbul edib.",
        "2002-06-07",
    )
    assert [e.roles for e in draft.events if e.type == "Meeting"] == [
        [("agent", "eduard-sevardnadze"), ("counterpart", "elxan-sahmuradov")]
    ]


def test_a_nations_general_received_is_that_countrys_general() -> None:
    """'nazir türk generalını qəbul edib' (round 19): the Turkish general named before was received."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Mərasimdə müdafiə naziri Elxan Şahmuradov və Türkiyə Quru Qoşunları komandanının müavini korgeneral Ercan "
        "Özkaynak iştirak ediblər. Mərasimdən əvvəl nazir türk generalını qəbul edib.",
        "2002-06-28",
    )
    assert [e.roles for e in draft.events if e.type == "Meeting"] == [
        [("agent", "elxan-sahmuradov"), ("counterpart", "ercan-ozkaynak")]
    ]


def test_qebulda_nazir_is_the_host_of_the_reception_not_a_country_before_ucun() -> None:
    """'Qəbulda nazir Azərbaycanın Türkiyə üçün strateji tərəfdaş olduğunu ... bildirib' (round 20): the minister
    who received said it, at the reception; Türkiyə, before "üçün", is no subject."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Azərbaycan Baş Qərargah rəisi Nazim Ağabəylinin başçılıq etdiyi hərbi nümayəndə heyəti aprelin 16-da "
        "Ankaraya gəlib. Aprelin 17-də Azərbaycan nümayəndə heyətinin rəhbərini Türkiyənin milli müdafiə naziri "
        "Hikmət Sarıgül qəbul edib. Qəbulda nazir Azərbaycanın Türkiyə üçün strateji tərəfdaş olduğunu bildirib.",
        "2001-04-20",
    )
    statements = [(e.roles, e.date.spec if e.date else None) for e in draft.events if e.type == "Statement"]
    assert statements == [([("agent", "hikmet-sarigul")], "2001-04-17")]


def test_a_countrys_sides_title_is_its_person_named_before() -> None:
    """'Özbəkistan tərəfinin həmsədri isə ... vurğulayıb' drafted Uzbekistan's statement (a dev text of 2017):
    the Uzbek co-chair named before said it."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "İyunun 7-də keçirilən iclasa Azərbaycan Respublikası müdafiə nazirinin müavini Rauf Məlikzadə və Özbəkistan "
        "Respublikası müdafiə nazirinin müavini Jasur Erqaşev həmsədrlik ediblər. Özbəkistan tərəfinin həmsədri isə "
        "razılaşmaların icrasının vacib olduğunu vurğulayıb.",
        "2017-06-07",
    )
    assert [e.roles for e in draft.events if e.type == "Statement"] == [[("agent", "jasur-erqasev")]]


def test_a_countrys_title_with_no_name_is_its_holder_even_when_another_countrys_name_follows() -> None:
    """From a dev text (round 22): "Daha sonra Azərbaycan Prezidenti Finlandiya Respublikasının Prezidenti M.A.
    ilə görüşüb" was a meeting of the country, because a name (Finland's) followed the title."""
    draft = draft_of(
        "Səhər saatlarında Prezident Heydər Əliyev Polşa Respublikasının Prezidenti Aleksandr Kvasnevski ilə "
        "görüşüb.\nDaha sonra Azərbaycan Prezidenti Finlandiya Respublikasının Prezidenti Martti Ahtisaari ilə "
        "görüşüb.",
        "1999-11-19",
    )
    assert roles(draft, "Meeting")[1] == [("agent", "heyder-eliyev"), ("counterpart", "martti-ahtisaari")]


def test_a_title_opening_a_sentence_is_the_one_named_with_it_before() -> None:
    """From a dev text (round 21): "Səfir həmçinin Fransa şirkətlərinin ... maraqlı olduğunu bildirib" was
    France's statement; the ambassador named before made it."""
    draft = draft_of(
        "Fransanın səfiri Jerar Mulen bu gün Prezident Heydər Əliyev ilə görüşüb.\n"
        "Səfir həmçinin Fransa şirkətlərinin neft-qaz sektorunda iştirakını genişləndirməkdə maraqlı olduğunu "
        "bildirib.",
        "2000-02-17",
    )
    assert roles(draft, "Statement") == [[("agent", "jerar-mulen")]]


def test_the_deputy_ministers_who_met_sign_together() -> None:
    """From dev texts (rounds 7 and 22): "Görüşün yekununda nazir müavinləri ... Birgə Bəyanat imzalayıblar" and
    "milli koordinatorlar ... protokol imzalayıblar" were drafted with one signer, or none."""
    draft = draft_of(
        "Azərbaycanın xarici işlər nazirinin müavini Fikrət Səfərbəyli mayın 25-də Gürcüstanın xarici işlər nazirinin "
        "müavini Nuqzar Bakradze ilə görüşüb.\n"
        "Görüşün yekununda nazir müavinləri əməkdaşlığa dair Birgə Bəyanat imzalayıblar.",
        "2022-05-26",
    )
    signers = {e for _, e in next(e for e in draft.events if e.type == "AgreementSigning").roles}
    assert signers >= {"fikret-seferbeyli", "nuqzar-bakradze"}
