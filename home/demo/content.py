"""Demo content for the SEMPRE project website.

Pure Python data, no Django imports. The facts (partner names, countries, dates,
budget figures, output titles) come from public sources about SEMPRE - Social
Empowerment in Rural Areas (Interreg Baltic Sea Region 2014-2020). All sentences
are written for this site. Records with "is_example": True are invented,
plausible examples and must be shown as demo content in the admin.
"""

PROJECT = {
    "name": "SEMPRE",
    "title": "SEMPRE – Social Empowerment in Rural Areas",
    "subtitle": "Social Empowerment in Rural Areas",
    "tagline": "Co-creating social services with the people who use them",
    "hero_heading": "Rural services, shaped by the people who use them",
    "hero_intro": (
        "Sixteen organisations from eight Baltic Sea countries helped social service "
        "providers and their users design new services side by side – from a tailoring "
        "cooperative in Luleå to a community centre in Harkujärve."
    ),
    "key_figures": [
        ("16", "partner organisations"),
        ("8", "countries around the Baltic Sea"),
        ("30+", "micro projects co-created with service users"),
        ("€4.86 million", "total project budget"),
        ("€3.83 million", "ERDF co-financing"),
        ("2016–2019", "project lifetime"),
    ],
    "home_intro": [
        (
            "Across the rural Baltic Sea Region, bus routes are thinning out, village "
            "schools are merging and social services are spread over ever longer "
            "distances. The people who feel it first are those with the fewest "
            "alternatives: older people living alone, single parents, people with "
            "disabilities, migrants and young people who have left school with nowhere "
            "to go. SEMPRE started from a simple conviction: they know best what is "
            "missing, and they can help to build what comes next."
        ),
        (
            "Between March 2016 and February 2019, churches, welfare organisations, "
            "universities and training providers in eight countries set up Local "
            "Empowerment Networks in their regions. With coaching and modest support, "
            "teams of service users and professionals turned their ideas into more "
            "than 30 micro projects. What the partners learned is now available as a "
            "handbook, training modules, an organisational roadmap, a micro project "
            "brochure and policy recommendations, and the follow-up project SEMPRE "
            "Accelerators helped eight micro projects grow into social start-ups."
        ),
    ],
}

COUNTRIES = [
    ("DK", "Denmark"),
    ("EE", "Estonia"),
    ("FI", "Finland"),
    ("DE", "Germany"),
    ("LV", "Latvia"),
    ("LT", "Lithuania"),
    ("PL", "Poland"),
    ("SE", "Sweden"),
]

TARGET_GROUPS = [
    {"slug": "single-parents", "name": "Single parents"},
    {"slug": "long-term-unemployed", "name": "Long-term unemployed people"},
    {"slug": "people-with-disabilities", "name": "People with disabilities"},
    {"slug": "elderly-people", "name": "Elderly people"},
    {"slug": "migrants", "name": "Migrants"},
    {"slug": "young-people-neet", "name": "Young people without education or work"},
]

THEMES = [
    {"slug": "health-and-care", "name": "Health and care"},
    {"slug": "mobility", "name": "Mobility"},
    {"slug": "education-and-training", "name": "Education and training"},
    {"slug": "employment", "name": "Employment"},
    {"slug": "food-and-nutrition", "name": "Food and nutrition"},
    {"slug": "community-life", "name": "Community life"},
    {"slug": "digital-inclusion", "name": "Digital inclusion"},
    {"slug": "social-entrepreneurship", "name": "Social entrepreneurship"},
]

NEWS_CATEGORIES = [
    {"slug": "project-news", "name": "Project news"},
    {"slug": "events", "name": "Events"},
    {"slug": "publications", "name": "Publications"},
    {"slug": "micro-projects", "name": "Micro projects"},
    {"slug": "local-networks", "name": "Local networks"},
]

# The 16 SEMPRE partners (real organisations).
PARTNERS = [
    {
        "slug": "diakonie-schleswig-holstein",
        "title": "Diakonisches Werk Schleswig-Holstein",
        "short_name": "Diakonie Schleswig-Holstein",
        "country": "DE",
        "role": "lead",
        "city": "Rendsburg",
        "address": "Kanalufer 48, 24768 Rendsburg, Germany",
        "website": "https://www.diakonie-sh.de",
        "contact_name": "SEMPRE project coordinator",
        "lat": 54.3059,
        "lon": 9.663,
        "who_we_are": [
            (
                "The Diaconie of Schleswig-Holstein is the umbrella organisation for "
                "the Protestant welfare work of the church in Germany's northernmost "
                "federal state. From its office on the Kiel Canal in Rendsburg it "
                "supports member organisations that run care services, counselling "
                "centres, day-care facilities and projects for people in difficult "
                "circumstances, many of them in small towns and villages far from the "
                "regional centres."
            ),
        ],
        "why_we_take_part": [
            (
                "As lead partner, the Diaconie steered SEMPRE from the first "
                "application to the final report, keeping sixteen organisations, eight "
                "countries and a shared budget on course. Its interest was practical: "
                "welfare providers in rural Schleswig-Holstein were already "
                "experimenting with ways of involving the people they serve, and the "
                "partnership offered a chance to test those ideas systematically and "
                "to learn from neighbours around the Baltic Sea."
            ),
            (
                "Beyond coordination, the Diaconie brought the experience of its "
                "member services in rural Schleswig-Holstein into the partnership. It "
                "also made sure that what was learned in one region reached all the "
                "others, through regular transnational meetings, joint publications "
                "and a shared website, so that good ideas from a village in one "
                "country could be tried out in another."
            ),
        ],
        "target_groups": ["single-parents", "elderly-people", "migrants"],
        "summary": (
            "Lead partner. The Protestant welfare association of Schleswig-Holstein, "
            "based in Rendsburg, coordinated the SEMPRE partnership across eight "
            "countries."
        ),
    },
    {
        "slug": "nordkirche-church-at-work",
        "title": "Evangelisch-Lutherische Kirche in Norddeutschland – Church at work",
        "short_name": "Nordkirche – Church at work",
        "country": "DE",
        "role": "partner",
        "city": "Hamburg",
        "address": "Hamburg, Germany",
        "website": "https://www.nordkirche.de",
        "contact_name": "SEMPRE contact, Church at work",
        "lat": 53.5511,
        "lon": 9.9937,
        "who_we_are": [
            (
                "The Evangelical Lutheran Church in Northern Germany, known as the "
                "Nordkirche, covers Hamburg, Schleswig-Holstein and "
                "Mecklenburg-Western Pomerania. Its service Church at work accompanies "
                "employees, jobseekers and companies, and speaks up on questions of "
                "fair work, unemployment and regional development. Its staff combine "
                "pastoral experience with a sound knowledge of labour markets, "
                "particularly in rural areas with weak local economies."
            ),
        ],
        "why_we_take_part": [
            (
                "Long-term unemployment in rural northern Germany is rarely only a "
                "question of jobs; it is also about isolation, transport and lost "
                "confidence. Church at work joined SEMPRE to explore how parishes, "
                "local employers and jobseekers themselves can design support "
                "together, and to carry the lessons into the church's wider work on "
                "social justice in rural regions."
            ),
        ],
        "target_groups": ["long-term-unemployed", "young-people-neet"],
        "summary": (
            "The labour and social affairs service of the Lutheran church in northern "
            "Germany, bringing parishes and jobseekers into the search for new rural "
            "services."
        ),
    },
    {
        "slug": "wirtschaftsakademie-schleswig-holstein",
        "title": "Wirtschaftsakademie Schleswig-Holstein, Kiel branch",
        "short_name": "Wirtschaftsakademie Schleswig-Holstein",
        "country": "DE",
        "role": "partner",
        "city": "Kiel",
        "address": "Kiel, Germany",
        "website": "https://www.wak-sh.de",
        "contact_name": "SEMPRE contact, Kiel branch",
        "lat": 54.3233,
        "lon": 10.1228,
        "who_we_are": [
            (
                "The Wirtschaftsakademie Schleswig-Holstein is one of the largest "
                "providers of continuing education in the region, offering vocational "
                "training, retraining and courses for companies and public bodies at "
                "locations across the state. Its Kiel branch brings experience in "
                "adult learning, labour market programmes and the design of practical "
                "training for professionals who have little time to spare."
            ),
        ],
        "why_we_take_part": [
            (
                "For the academy, SEMPRE was a chance to connect two things it knows "
                "well: training and regional development. Its team coordinated a Local "
                "Empowerment Network in Nordfriesland, where islands, marshland and "
                "long distances make services hard to reach, and contributed its "
                "experience in adult education to the training modules for social "
                "service staff."
            ),
        ],
        "target_groups": ["elderly-people", "people-with-disabilities"],
        "summary": (
            "A continuing education provider from Kiel that coordinated the Local "
            "Empowerment Network in Nordfriesland and helped shape the SEMPRE training "
            "modules."
        ),
    },
    {
        "slug": "novia-uas",
        "title": "Novia University of Applied Sciences",
        "short_name": "Novia UAS",
        "country": "FI",
        "role": "partner",
        "city": "Vaasa",
        "address": "Vaasa, Finland",
        "website": "https://www.novia.fi",
        "contact_name": "SEMPRE contact, research and development",
        "lat": 63.0951,
        "lon": 21.6165,
        "who_we_are": [
            (
                "Novia is the largest Swedish-speaking university of applied sciences "
                "in Finland, with campuses along the Ostrobothnian coast and in "
                "southern Finland. Its research and development staff work closely "
                "with municipalities, care organisations and the voluntary sector, and "
                "its social services and health care programmes train many of the "
                "professionals who work in the region's small communities."
            ),
        ],
        "why_we_take_part": [
            (
                "In SEMPRE, Novia led the work package on evaluation, helping all "
                "partners to follow what changed for users, staff and organisations. "
                "Locally, its team focused on older adults who live at home in rural "
                "Ostrobothnia, working with villages, home care services and older "
                "residents themselves on ways to stay active, connected and safe."
            ),
        ],
        "target_groups": ["elderly-people"],
        "summary": (
            "Finnish university of applied sciences in Vaasa. Led SEMPRE's evaluation "
            "and worked with older adults living at home in rural Ostrobothnia."
        ),
    },
    {
        "slug": "university-of-jyvaskyla-chydenius",
        "title": "University of Jyväskylä, Kokkola University Consortium Chydenius",
        "short_name": "Chydenius, University of Jyväskylä",
        "country": "FI",
        "role": "partner",
        "city": "Kokkola",
        "address": "Kokkola, Finland",
        "website": "https://www.jyu.fi",
        "contact_name": "SEMPRE contact, Department of Social Sciences",
        "lat": 63.8385,
        "lon": 23.1307,
        "who_we_are": [
            (
                "The Kokkola University Consortium Chydenius is the University of "
                "Jyväskylä's unit in Kokkola, on the coast of Central Ostrobothnia. It "
                "offers degree, adult and open university education and carries out "
                "research in the social sciences, with a particular interest in social "
                "work, welfare services and everyday life in sparsely populated areas."
            ),
        ],
        "why_we_take_part": [
            (
                "Central Ostrobothnia's villages have seen young people move away and "
                "services consolidate in the larger towns. The Chydenius team joined "
                "SEMPRE to study how empowerment works in practice, to support a Local "
                "Empowerment Network in the region and to bring a researcher's eye to "
                "the partnership's shared learning."
            ),
        ],
        "target_groups": ["young-people-neet", "elderly-people"],
        "summary": (
            "The University of Jyväskylä's unit in Kokkola, contributing social "
            "science research and a Local Empowerment Network in Central Ostrobothnia."
        ),
    },
    {
        "slug": "diaconal-centre-liepaja",
        "title": "Diaconal Centre Liepāja",
        "short_name": "Diaconal Centre Liepāja",
        "country": "LV",
        "role": "partner",
        "city": "Liepāja",
        "address": "Liepāja, Latvia",
        "website": "",
        "contact_name": "SEMPRE network coordinator",
        "lat": 56.5047,
        "lon": 21.0108,
        "who_we_are": [
            (
                "The Diaconal Centre Liepāja is a Christian social organisation in "
                "Latvia's third-largest city, on the Baltic coast, and is closely "
                "linked to a local Lutheran congregation. It offers material, medical "
                "and spiritual support to people in need, above all people with "
                "disabilities, and encourages self-help and community initiatives both "
                "in the city and in the surrounding rural region of South Kurzeme."
            ),
        ],
        "why_we_take_part": [
            (
                "Poverty and isolation weigh heavily in the villages around Liepāja, "
                "and many people with disabilities have little say in the support they "
                "receive. The centre joined SEMPRE to shift that balance: to let "
                "service users shape activities themselves, to strengthen a regional "
                "network of congregations and municipalities, and to learn from "
                "partners who had tried similar approaches elsewhere."
            ),
        ],
        "target_groups": ["people-with-disabilities", "long-term-unemployed"],
        "summary": (
            "A church-based social organisation in Liepāja working with people with "
            "disabilities, known in SEMPRE for the Rucava recipe brochure."
        ),
    },
    {
        "slug": "university-of-latvia",
        "title": "University of Latvia",
        "short_name": "University of Latvia",
        "country": "LV",
        "role": "partner",
        "city": "Riga",
        "address": "Riga, Latvia",
        "website": "https://www.lu.lv",
        "contact_name": "SEMPRE contact, University of Latvia",
        "lat": 56.9509,
        "lon": 24.1163,
        "who_we_are": [
            (
                "The University of Latvia in Riga is the country's largest university, "
                "with faculties ranging from the natural sciences to education, "
                "economics and the social sciences. Its researchers work on social "
                "policy, regional development and public administration, all of which "
                "shape how well services reach people who live far from the capital."
            ),
        ],
        "why_we_take_part": [
            (
                "The university brought research expertise to SEMPRE, helping to "
                "analyse the conditions for social innovation in Latvian rural areas "
                "and to link the partnership's practical work with national policy "
                "debate. For its staff and students, the project offered first-hand "
                "material from the Latvian partner regions for teaching and further "
                "study."
            ),
        ],
        "target_groups": ["long-term-unemployed", "single-parents"],
        "summary": (
            "Latvia's largest university, contributing research on the conditions for "
            "social innovation in rural areas and links to policy debate."
        ),
    },
    {
        "slug": "vidzeme-uas",
        "title": "Vidzeme University of Applied Sciences",
        "short_name": "ViA",
        "country": "LV",
        "role": "partner",
        "city": "Valmiera",
        "address": "Valmiera, Latvia",
        "website": "https://va.lv",
        "contact_name": "SEMPRE contact, Vidzeme University of Applied Sciences",
        "lat": 57.5385,
        "lon": 25.4264,
        "who_we_are": [
            (
                "Vidzeme University of Applied Sciences, known as ViA, is a regional "
                "university in Valmiera, in north-eastern Latvia. It teaches and "
                "carries out research in fields such as business, tourism, information "
                "technology and public administration, and has made regional "
                "development and social entrepreneurship part of its identity as a "
                "university rooted in a largely rural region."
            ),
        ],
        "why_we_take_part": [
            (
                "ViA's focus in SEMPRE was on young people whose chances are limited "
                "by distance, low family income or difficult circumstances at home. "
                "The team used the project to test pre-incubation support for social "
                "entrepreneurship and lifelong learning, so that young people could "
                "turn their own ideas into activities that benefit their communities. "
                "In October 2018 it hosted a regional conference on inclusive "
                "education."
            ),
        ],
        "target_groups": ["young-people-neet"],
        "summary": (
            "Regional university in Valmiera supporting disadvantaged young people to "
            "develop social enterprise ideas through pre-incubation and lifelong "
            "learning."
        ),
    },
    {
        "slug": "lutheran-diaconia-klaipeda",
        "title": "Lutheran Diaconia, Klaipėda",
        "short_name": "Lutheran Diaconia",
        "country": "LT",
        "role": "partner",
        "city": "Klaipėda",
        "address": "Klaipėda, Lithuania",
        "website": "",
        "contact_name": "SEMPRE network coordinator",
        "lat": 55.7033,
        "lon": 21.1443,
        "who_we_are": [
            (
                "The Lutheran Diaconia is the social work of the Evangelical Lutheran "
                "Church in Lithuania, based in the port city of Klaipėda. It supports "
                "people in crisis and runs the rehabilitation centre ‘Gabrielijus’ in "
                "a small village near Klaipėda, where residents rebuild daily "
                "routines, practical skills and confidence in a shared community."
            ),
        ],
        "why_we_take_part": [
            (
                "Setting up and financing ‘Gabrielijus’ taught the Diaconia how much "
                "depends on the residents' own motivation. Through SEMPRE it wanted to "
                "involve them more directly in shaping the centre's activities, to "
                "open pathways into work, and to learn how church-based providers "
                "elsewhere around the Baltic Sea organise services that empower rather "
                "than simply care. In April 2017 it hosted the partnership in Klaipėda."
            ),
        ],
        "target_groups": ["long-term-unemployed", "people-with-disabilities"],
        "summary": (
            "The Lutheran church's social work in Lithuania, running the "
            "rehabilitation centre ‘Gabrielijus’ near Klaipėda."
        ),
    },
    {
        "slug": "estonian-evangelical-lutheran-church",
        "title": "Estonian Evangelical Lutheran Church",
        "short_name": "EELK",
        "country": "EE",
        "role": "partner",
        "city": "Tallinn",
        "address": "Tallinn, Estonia",
        "website": "https://www.eelk.ee",
        "contact_name": "SEMPRE contact, diaconal work",
        "lat": 59.437,
        "lon": 24.7536,
        "who_we_are": [
            (
                "The Estonian Evangelical Lutheran Church is Estonia's largest church, "
                "with congregations in towns and villages throughout the country. Its "
                "diaconal work supports families, older people and people in difficult "
                "life situations, often through parishes that remain among the few "
                "active community institutions in rural areas once shops, schools and "
                "post offices have closed."
            ),
        ],
        "why_we_take_part": [
            (
                "Rural congregations can be much more than places of worship: they "
                "have rooms, volunteers and the trust of their neighbours. The church "
                "joined SEMPRE to help parishes work with local governments and "
                "residents on new services, an approach that led, among other things, "
                "to the Harkujärve community centre. Together with the Foundation for "
                "Social Action it hosted the mid-term conference in Tallinn in "
                "September 2017."
            ),
        ],
        "target_groups": ["elderly-people", "single-parents"],
        "summary": (
            "Estonia's largest church, helping rural parishes and local governments "
            "co-create services, including the Harkujärve community centre."
        ),
    },
    {
        "slug": "foundation-for-social-action",
        "title": "Foundation for Social Action",
        "short_name": "Foundation for Social Action",
        "country": "EE",
        "role": "partner",
        "city": "Tallinn",
        "address": "Tallinn, Estonia",
        "website": "",
        "contact_name": "SEMPRE network coordinator",
        "lat": 59.4372,
        "lon": 24.7453,
        "who_we_are": [
            (
                "The Foundation for Social Action supports congregations and "
                "church-related organisations in Estonia as they develop their social "
                "work. Its advisers and trainers help them to plan services, find "
                "funding and reach more people, with a particular eye on communities "
                "where public provision has become thin and where a parish may be the "
                "last organisation still active."
            ),
        ],
        "why_we_take_part": [
            (
                "The foundation saw in SEMPRE a way to reach groups that few "
                "international projects address: families at risk in remote areas, "
                "large families on low incomes, and young people not in education, "
                "employment or training. Together with the Estonian Evangelical "
                "Lutheran Church it set up Local Empowerment Networks in south-eastern "
                "Estonia, in the counties of Võru and Põlva."
            ),
        ],
        "target_groups": ["single-parents", "young-people-neet"],
        "summary": (
            "An Estonian foundation that strengthens the social work of congregations; "
            "coordinated networks for families at risk in Võru and Põlva counties."
        ),
    },
    {
        "slug": "peritia",
        "title": "Foundation for Lifelong Learning PERITIA",
        "short_name": "PERITIA",
        "country": "PL",
        "role": "partner",
        "city": "Poznań",
        "address": "Poznań, Poland",
        "website": "",
        "contact_name": "SEMPRE contact, PERITIA",
        "lat": 52.4064,
        "lon": 16.9252,
        "who_we_are": [
            (
                "PERITIA is a Polish foundation dedicated to lifelong learning. It "
                "designs and delivers training for adults, educators and social "
                "economy organisations, and takes part in European cooperation "
                "projects on inclusion, skills and entrepreneurship. Its staff know "
                "the world of adult education and social cooperatives both from the "
                "training room and from work in the field."
            ),
        ],
        "why_we_take_part": [
            (
                "Poland has a lively social economy, but rural service providers often "
                "lack the time and tools to involve their users. PERITIA joined SEMPRE "
                "to bring empowerment methods to Polish social workers, trainers and "
                "local authorities, to try them out with local partners and to share "
                "the results with the wider sector, including at a dissemination event "
                "in Szczecin in February 2019."
            ),
        ],
        "target_groups": ["long-term-unemployed"],
        "summary": (
            "A Polish lifelong learning foundation bringing SEMPRE's empowerment "
            "methods to social workers, trainers and local authorities in Poland."
        ),
    },
    {
        "slug": "coompanion-norrbotten",
        "title": "Coompanion Norrbotten",
        "short_name": "Coompanion Norrbotten",
        "country": "SE",
        "role": "partner",
        "city": "Luleå",
        "address": "Luleå, Sweden",
        "website": "https://www.coompanion.se",
        "contact_name": "SEMPRE network coordinator",
        "lat": 65.5848,
        "lon": 22.1547,
        "who_we_are": [
            (
                "Coompanion Norrbotten is the regional office of Coompanion, the "
                "Swedish advisory organisation for cooperative and social enterprise. "
                "In Sweden's northernmost county it offers start-up advice, training "
                "and network support to people who want to run a business together, "
                "whether that is a village shop, a care cooperative or a "
                "work-integration social enterprise."
            ),
        ],
        "why_we_take_part": [
            (
                "Many newcomers in Norrbotten bring skills that the local labour "
                "market overlooks. Coompanion joined SEMPRE to show how cooperative "
                "enterprise can turn those skills into income and belonging. Its "
                "best-known micro project is the tailoring cooperative founded by "
                "migrant women in Luleå, which grew from a sewing group into a "
                "business with its own customers."
            ),
        ],
        "target_groups": ["migrants", "long-term-unemployed"],
        "summary": (
            "Advisers for cooperative and social enterprise in Norrbotten, who "
            "supported migrant women in Luleå in founding a tailoring cooperative."
        ),
    },
    {
        "slug": "sunderby-folkhogskola",
        "title": "Sunderby folkhögskola",
        "short_name": "Sunderby folk high school",
        "country": "SE",
        "role": "partner",
        "city": "Luleå",
        "address": "Södra Sunderbyn, Luleå, Sweden",
        "website": "",
        "contact_name": "SEMPRE contact, Sunderby folkhögskola",
        "lat": 65.671,
        "lon": 21.946,
        "who_we_are": [
            (
                "Sunderby folkhögskola is a folk high school in Södra Sunderbyn, a "
                "short drive from Luleå. Like all Swedish folk high schools it offers "
                "adult education outside the formal school system, from general "
                "courses that can lead to university eligibility to vocational and "
                "creative programmes, taught in small groups with a good deal of "
                "personal support."
            ),
        ],
        "why_we_take_part": [
            (
                "The school works every day with young adults who left school without "
                "qualifications, many of whom have some form of disability. In SEMPRE "
                "it concentrated on young people without education or work who risk "
                "long-term unemployment, testing tools that help them recognise and "
                "document their own skills. With Coompanion Norrbotten it built a "
                "local network of regional organisations around Luleå."
            ),
        ],
        "target_groups": ["young-people-neet", "people-with-disabilities"],
        "summary": (
            "A folk high school near Luleå working with young people outside education "
            "and work, and testing ways to make their skills visible."
        ),
    },
    {
        "slug": "nordregio",
        "title": "Nordregio",
        "short_name": "Nordregio",
        "country": "SE",
        "role": "partner",
        "city": "Stockholm",
        "address": "Stockholm, Sweden",
        "website": "https://www.nordregio.org",
        "contact_name": "SEMPRE contact, Nordregio",
        "lat": 59.3293,
        "lon": 18.0686,
        "who_we_are": [
            (
                "Nordregio is an international research centre for regional "
                "development and planning, established by the Nordic Council of "
                "Ministers and based in Stockholm. Its researchers study demographic "
                "change, rural development and welfare in the Nordic and Baltic Sea "
                "countries, and they are used to translating evidence into advice that "
                "planners and policymakers can act on."
            ),
        ],
        "why_we_take_part": [
            (
                "Nordregio's role in SEMPRE was to gather what the partners learned "
                "and make it useful to others. It wrote the Empowerment Handbook "
                "‘Empowerment – Making it Happen’, drawing on experience from every "
                "partner region, and prepared the policy recommendations ‘Towards "
                "Innovative Social Service Provision in the Baltic Sea Region’ for "
                "decision-makers at local, national and European level."
            ),
        ],
        "target_groups": [
            "single-parents",
            "long-term-unemployed",
            "people-with-disabilities",
            "elderly-people",
            "migrants",
            "young-people-neet",
        ],
        "summary": (
            "Nordic research centre for regional development in Stockholm; author of "
            "the Empowerment Handbook and the SEMPRE policy recommendations."
        ),
    },
    {
        "slug": "uc-syd",
        "title": "University College South Denmark",
        "short_name": "UC SYD",
        "country": "DK",
        "role": "partner",
        "city": "Esbjerg",
        "address": "Esbjerg, Denmark",
        "website": "https://www.ucsyd.dk",
        "contact_name": "SEMPRE contact, UC SYD",
        "lat": 55.4765,
        "lon": 8.4594,
        "who_we_are": [
            (
                "University College South Denmark, UC SYD, educates teachers, nurses, "
                "social workers, social educators and other welfare professionals at "
                "campuses across southern Jutland. Its research and development work "
                "is closely tied to the municipalities and institutions where its "
                "graduates go on to work, from schools and day-care centres to social "
                "services and care homes."
            ),
        ],
        "why_we_take_part": [
            (
                "Southern Denmark has welcomed many refugee families in recent years, "
                "often in small towns with few specialised services. UC SYD joined "
                "SEMPRE to explore how professionals and newcomers can develop support "
                "together. It set up two Local Empowerment Networks, in the "
                "municipalities of Varde and Tønder, and brought them together with "
                "its own staff in regular workshops."
            ),
        ],
        "target_groups": ["migrants", "single-parents"],
        "summary": (
            "A university college for welfare professions in southern Denmark, "
            "coordinating Local Empowerment Networks in Varde and Tønder."
        ),
    },
]

# Local Empowerment Networks. Members are invented unless is_example is False.
NETWORKS = [
    {
        "slug": "len-rendsburg-eckernfoerde",
        "title": "Local Empowerment Network Rendsburg-Eckernförde",
        "country": "DE",
        "region": "Rendsburg-Eckernförde, Schleswig-Holstein",
        "coordinating_partner": "diakonie-schleswig-holstein",
        "members": [
            ("District job centre, local office", "municipality"),
            ("Rural Protestant parish", "church"),
            ("Small-town public library", "library"),
            ("Family centre at a day-care centre", "day_care"),
            ("Diaconie family counselling service", "ngo"),
            ("Single parents' self-help group", "ngo"),
        ],
        "target_groups": ["single-parents", "elderly-people", "migrants"],
        "summary": (
            "Parishes, a library, a family centre and counselling services around "
            "Rendsburg, working with single parents, older residents and newcomers."
        ),
        "description": [
            (
                "The network brings together organisations that single parents, older "
                "residents and newcomers already know and trust: a rural parish, a "
                "family centre attached to a day-care centre, the local library, the "
                "job centre and the Diaconie's own counselling service. Members meet "
                "every few months in the parish hall, and the Diaconie's network "
                "coordinator keeps in touch with each of them in between."
            ),
            (
                "Rather than starting with a programme, the members began by asking "
                "users what made daily life difficult. Two themes came up again and "
                "again: childcare outside opening hours and the growing number of "
                "services that are only available online. Both became micro projects, "
                "planned and run by the people affected, with network members "
                "providing rooms, insurance, advice and a steady supply of coffee."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-nordfriesland",
        "title": "Local Empowerment Network Nordfriesland",
        "country": "DE",
        "region": "Nordfriesland, Schleswig-Holstein",
        "coordinating_partner": "wirtschaftsakademie-schleswig-holstein",
        "members": [
            ("Office of a rural municipal district (Amt)", "municipality"),
            ("Village church congregation", "church"),
            ("Volunteer transport association", "ngo"),
            ("Senior citizens' advisory council", "other"),
            ("Local home nursing service", "company"),
        ],
        "target_groups": ["elderly-people", "people-with-disabilities"],
        "summary": (
            "A network on Germany's North Sea coast tackling long distances and thin "
            "bus timetables together with older residents and volunteers."
        ),
        "description": [
            (
                "Nordfriesland stretches from the Danish border to the Eider estuary "
                "and includes islands and small marsh villages where the next doctor "
                "can be twenty kilometres away. The network, coordinated by the "
                "Wirtschaftsakademie Schleswig-Holstein, brought together a municipal "
                "district office, a congregation, a volunteer transport association, "
                "the senior citizens' council and a home nursing service."
            ),
            (
                "Older residents quickly named mobility as their biggest worry, and "
                "people with disabilities described the same problem from a different "
                "angle. The network organised village workshops where residents and "
                "volunteers planned a shared car scheme together. Members also used "
                "their meetings to compare notes on other issues, from loneliness in "
                "winter to the future of the village shop."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-varde",
        "title": "Local Empowerment Network Varde",
        "country": "DK",
        "region": "Varde Municipality, South Denmark",
        "coordinating_partner": "uc-syd",
        "members": [
            ("Varde Municipality integration services", "municipality"),
            ("Young refugees' volunteer group", "ngo"),
            ("Language centre", "school"),
            ("Local sports club", "ngo"),
            ("Parish church", "church"),
        ],
        "target_groups": ["migrants", "single-parents", "young-people-neet"],
        "summary": (
            "A network in western Jutland where young refugees and professionals "
            "develop activities together, including a summer camp for single-parent "
            "families."
        ),
        "description": [
            (
                "The Varde network works in a flexible way: different people join "
                "depending on the topic and the time of year, and the group keeps its "
                "meetings informal. UC SYD coordinates it together with the "
                "municipality's integration services, and members include a language "
                "centre, a sports club, a parish and a volunteer group of young "
                "refugees."
            ),
            (
                "Two strands of work emerged. In one, young refugees meet regularly, "
                "develop their own ideas and carry them out, raising money along the "
                "way. In the other, staff who work with traumatised refugee families "
                "use action learning to rethink their support. The network meets "
                "quarterly with its sister network in Tønder at workshops hosted by UC "
                "SYD."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-tonder",
        "title": "Local Empowerment Network Tønder",
        "country": "DK",
        "region": "Tønder Municipality, South Denmark",
        "coordinating_partner": "uc-syd",
        "members": [
            ("Tønder Municipality family services", "municipality"),
            ("Public library", "library"),
            ("Day-care centre", "day_care"),
            ("Local brass band", "other"),
            ("Parish council", "church"),
        ],
        "target_groups": ["migrants"],
        "summary": (
            "A network near the German border helping refugee families and local "
            "institutions build trust, so that children grow up to be resourceful "
            "adults."
        ),
        "description": [
            (
                "Tønder Municipality lies along the German border, with families "
                "spread across several small towns and villages. The network set "
                "itself one clear aim: to help refugee families give their children a "
                "good start, so that they grow up to be resourceful adults. Members "
                "include the municipality's family services, a library, a day-care "
                "centre, a parish council and, unusually, a brass band."
            ),
            (
                "A small working group of parents and professionals plans family "
                "evenings that combine a shared meal, music and informal conversation "
                "about school and family life. The network deliberately moves slowly, "
                "giving parents time to take on responsibility, and shares its "
                "experience with the Varde network at joint workshops coordinated by "
                "UC SYD."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-voru",
        "title": "Local Empowerment Network Võru County",
        "country": "EE",
        "region": "Võru County, south-eastern Estonia",
        "coordinating_partner": "foundation-for-social-action",
        "members": [
            ("Rural municipality social department", "municipality"),
            ("Lutheran congregation", "church"),
            ("Local branch of a large-families association", "ngo"),
            ("Pastoral counselling organisation", "ngo"),
            ("Village school", "school"),
        ],
        "target_groups": [
            "single-parents",
            "young-people-neet",
            "long-term-unemployed",
        ],
        "summary": (
            "A network for families at risk in south-eastern Estonia, bringing "
            "congregations, social workers and family associations around one table."
        ),
        "description": [
            (
                "In the forested south-east of Estonia, many families live far from "
                "towns, and large families and households where parents are out of "
                "work face particular pressure. The Foundation for Social Action built "
                "this network together with the Estonian Evangelical Lutheran Church, "
                "inviting a municipal social department, a congregation, a village "
                "school, a large-families association and a pastoral counselling "
                "organisation."
            ),
            (
                "A sister network in neighbouring Põlva County works along the same "
                "lines, and the two exchange ideas regularly. In Võru County, parents "
                "themselves proposed a home-based craft workshop that fits around "
                "school runs and farm work. Network members helped with contacts and "
                "pricing, while the parents kept decisions about products, pay and "
                "childcare in their own hands."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-harku",
        "title": "Local Empowerment Network Harku",
        "country": "EE",
        "region": "Harku Rural Municipality, Harju County",
        "coordinating_partner": "estonian-evangelical-lutheran-church",
        "members": [
            ("Harku Rural Municipality social services", "municipality"),
            ("Local Lutheran congregation", "church"),
            ("Village society", "ngo"),
            ("Kindergarten", "day_care"),
            ("Rehabilitation programme provider", "other"),
        ],
        "target_groups": ["elderly-people", "single-parents", "long-term-unemployed"],
        "summary": (
            "Congregation, municipality and residents west of Tallinn who together "
            "created the Harkujärve community centre."
        ),
        "description": [
            (
                "Harku Rural Municipality, just west of Tallinn, combines old farming "
                "villages with fast-growing new neighbourhoods. The network, "
                "coordinated by the Estonian Evangelical Lutheran Church, connected "
                "the local congregation with the municipal social services, a village "
                "society, a kindergarten and a rehabilitation programme looking for a "
                "home."
            ),
            (
                "Its main achievement is the Harkujärve community centre, which "
                "residents helped to plan from the first village evening onwards. The "
                "network's experience drew interest beyond Estonia: in February 2018 a "
                "group of Latvian service providers came on a study trip to see "
                "Harkujärve and Laitse, and the community centre later became one of "
                "the start-ups supported by SEMPRE Accelerators."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-ostrobothnia",
        "title": "Local Empowerment Network Ostrobothnia",
        "country": "FI",
        "region": "Ostrobothnia",
        "coordinating_partner": "novia-uas",
        "members": [
            ("Municipal home care service", "municipality"),
            ("Village association", "ngo"),
            ("Swedish-speaking Lutheran parish", "church"),
            ("Local pensioners' association", "ngo"),
            ("Branch library", "library"),
        ],
        "target_groups": ["elderly-people"],
        "summary": (
            "Villages on Finland's bilingual west coast working with older residents "
            "who want to keep living at home, active and connected."
        ),
        "description": [
            (
                "The coastal region of Ostrobothnia is bilingual, with many "
                "Swedish-speaking villages spread between farmland and the sea. A "
                "large share of the population is over 65, and many older people live "
                "alone in houses far from the nearest service centre. Novia's team "
                "brought together home care services, village and pensioners' "
                "associations, a parish and a branch library."
            ),
            (
                "The network's guiding question was what helps older people to keep "
                "living at home in good health and good company. Instead of designing "
                "a new service for them, members listened at kitchen tables and "
                "village meetings and then planned weekly meeting points together with "
                "older residents. Novia also used the network to test the evaluation "
                "tools it developed for the whole partnership."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-central-ostrobothnia",
        "title": "Local Empowerment Network Central Ostrobothnia",
        "country": "FI",
        "region": "Kokkola and Central Ostrobothnia",
        "coordinating_partner": "university-of-jyvaskyla-chydenius",
        "members": [
            ("Outreach youth work service", "municipality"),
            ("Vocational college", "school"),
            ("Lutheran parish", "church"),
            ("Village association", "ngo"),
            ("Local catering company", "company"),
        ],
        "target_groups": ["young-people-neet", "elderly-people"],
        "summary": (
            "A network around Kokkola connecting young people outside work and "
            "education with older residents who need a hot meal and a visit."
        ),
        "description": [
            (
                "In the small municipalities around Kokkola, outreach youth workers "
                "and home care staff face two sides of the same trend: young people "
                "who drift away from school and work, and older residents who are left "
                "alone as families move to the cities. The Chydenius team invited both "
                "groups of professionals, a vocational college, a parish, a village "
                "association and a catering company."
            ),
            (
                "The network's most visible result is a meal delivery service in which "
                "young people cook and deliver lunches to older neighbours. The "
                "university team documented the process closely, paying particular "
                "attention to how the young people's role changed from participants to "
                "organisers, and shared its observations with the partnership."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-south-kurzeme",
        "title": "Local Empowerment Network Liepāja and South Kurzeme",
        "country": "LV",
        "region": "Liepāja and South Kurzeme",
        "coordinating_partner": "diaconal-centre-liepaja",
        "members": [
            ("Rucava municipal social service", "municipality"),
            ("Lutheran congregation in Liepāja", "church"),
            ("Association of people with disabilities", "ngo"),
            ("Day centre for adults with disabilities", "other"),
            ("Rural library", "library"),
        ],
        "target_groups": ["people-with-disabilities", "long-term-unemployed"],
        "summary": (
            "Social services, congregations and disability organisations in "
            "south-western Latvia, working with people with disabilities and "
            "low-income households."
        ),
        "description": [
            (
                "South Kurzeme, the corner of Latvia between Liepāja and the "
                "Lithuanian border, is a region of small villages where poverty and "
                "depression are widespread and public transport is scarce. The "
                "Diaconal Centre Liepāja coordinates a network that includes the "
                "Rucava social service, a Liepāja congregation, a disability "
                "association, a day centre and a rural library."
            ),
            (
                "Members meet regularly in Liepāja to discuss the progress of micro "
                "projects, the obstacles they meet and changes in Latvian social "
                "policy, such as the move away from large institutions. Two projects "
                "grew out of the network: a recipe brochure for families living on "
                "food aid and a series of accessibility walks led by people with "
                "disabilities."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-vidzeme",
        "title": "Local Empowerment Network Vidzeme",
        "country": "LV",
        "region": "Valmiera and Vidzeme",
        "coordinating_partner": "vidzeme-uas",
        "members": [
            ("Municipal youth centre", "municipality"),
            ("Vocational school", "school"),
            ("Business incubator", "other"),
            ("Association for children and families", "ngo"),
            ("Local social enterprise", "social_enterprise"),
        ],
        "target_groups": ["young-people-neet"],
        "summary": (
            "A network in north-eastern Latvia helping disadvantaged young people turn "
            "their own ideas into social enterprises."
        ),
        "description": [
            (
                "Vidzeme is Latvia's largest region by area and one of its most rural. "
                "Young people from small villages often face long journeys to school, "
                "low family incomes and few job openings nearby. Vidzeme University of "
                "Applied Sciences brought together a municipal youth centre, a "
                "vocational school, a business incubator, a family association and an "
                "established social enterprise."
            ),
            (
                "The network built a pre-incubation path for young people with ideas "
                "but little support: short workshops, mentoring by students and "
                "entrepreneurs, and small sums to test an idea in practice. Its "
                "best-known result is a café run by young people. In October 2018 the "
                "university hosted a regional conference on inclusive education and "
                "social entrepreneurship in Valmiera."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-klaipeda",
        "title": "Local Empowerment Network Klaipėda",
        "country": "LT",
        "region": "Klaipėda and Klaipėda District",
        "coordinating_partner": "lutheran-diaconia-klaipeda",
        "members": [
            ("Rehabilitation centre ‘Gabrielijus’", "other"),
            ("Lutheran congregation", "church"),
            ("District municipality social services", "municipality"),
            ("Local employment services office", "other"),
            ("Family farm", "company"),
        ],
        "target_groups": ["long-term-unemployed", "people-with-disabilities"],
        "summary": (
            "A network around the rehabilitation centre ‘Gabrielijus’ that opens "
            "routes back into work for people rebuilding their lives."
        ),
        "description": [
            (
                "The Lutheran Diaconia's network links its rehabilitation centre "
                "‘Gabrielijus’, in a small village near Klaipėda, with the people and "
                "institutions that residents will need once they leave: a "
                "congregation, the district municipality's social services, the local "
                "employment services office and a family farm that offers work "
                "experience."
            ),
            (
                "The network's starting point was the residents' own wish for "
                "meaningful work during their stay. Members helped them to plan a "
                "garden and a wood workshop, to find buyers and to build contacts with "
                "employers. The SEMPRE partnership visited ‘Gabrielijus’ during its "
                "transnational meeting in Klaipėda in April 2017, while the first "
                "plans were being drawn up."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-greater-poland",
        "title": "Local Empowerment Network Greater Poland",
        "country": "PL",
        "region": "Greater Poland (Wielkopolska)",
        "coordinating_partner": "peritia",
        "members": [
            ("Municipal social welfare centre", "municipality"),
            ("Rural women's association", "ngo"),
            ("Social cooperative", "social_enterprise"),
            ("Catholic parish", "church"),
            ("Municipal public library", "library"),
        ],
        "target_groups": ["long-term-unemployed"],
        "summary": (
            "A pilot network in rural Greater Poland where long-term unemployed "
            "residents, a welfare centre and a social cooperative plan new services."
        ),
        "description": [
            (
                "PERITIA set up a pilot network in a rural municipality of Greater "
                "Poland, a region of farms, small industry and villages where some "
                "people have been out of work since local employers closed. Members "
                "include the municipal social welfare centre, a rural women's "
                "association, a parish, the public library and a social cooperative "
                "from a nearby town."
            ),
            (
                "The network tested empowerment tools that were new to many Polish "
                "social workers: asking clients about their skills before their "
                "problems, and letting them lead the planning. The result was a "
                "village repair workshop. PERITIA presented the network's experience "
                "at the SEMPRE dissemination event in Szczecin in February 2019."
            ),
        ],
        "is_example": True,
    },
    {
        "slug": "len-lulea",
        "title": "Local Empowerment Network Luleå",
        "country": "SE",
        "region": "Luleå, Norrbotten",
        "coordinating_partner": "coompanion-norrbotten",
        "members": [
            ("Sunderby folkhögskola", "school"),
            ("Hela Sverige ska leva Norrbotten", "ngo"),
            ("LO, the Swedish Trade Union Confederation", "other"),
            ("Handikappföreningarnas samarbetsorganisation i Norrbotten", "ngo"),
            ("Social work cooperatives in Luleå", "social_enterprise"),
        ],
        "target_groups": ["migrants", "young-people-neet", "people-with-disabilities"],
        "summary": (
            "Coompanion Norrbotten and Sunderby folkhögskola with regional rural, "
            "trade union and disability organisations and Luleå's social work "
            "cooperatives."
        ),
        "description": [
            (
                "In Luleå the two Swedish partners, Coompanion Norrbotten and Sunderby "
                "folkhögskola, built one shared local network. It includes the rural "
                "development movement Hela Sverige ska leva in Norrbotten, the trade "
                "union confederation LO, the regional cooperation body of disability "
                "organisations and several social work cooperatives in Luleå."
            ),
            (
                "Its members set out to find better ways of reaching people who seldom "
                "turn to formal services, and to share what worked with partners in "
                "the other SEMPRE countries. Its work ranged from cooperative start-up "
                "advice for migrant women to methods that help young people without "
                "education or work to recognise and document the skills they already "
                "have."
            ),
        ],
        "is_example": False,
    },
]

# Micro project case stories: topics partly follow public facts, details are invented.
CASE_STORIES = [
    {
        "slug": "tailoring-cooperative-lulea",
        "title": "A tailoring cooperative for migrant women in Luleå",
        "network": "len-lulea",
        "country": "SE",
        "target_groups": ["migrants", "long-term-unemployed"],
        "themes": ["employment", "social-entrepreneurship"],
        "status": "social_enterprise",
        "start": "2016-11",
        "end": "",
        "summary": (
            "Migrant women in Luleå turned a sewing group into a cooperative that "
            "takes alteration jobs and makes reusable fruit and vegetable bags for a "
            "local grocer."
        ),
        "challenge": [
            (
                "Several women who had come to Luleå as refugees or through family "
                "reunification were skilled seamstresses, some with years of "
                "professional experience. In Sweden, however, their skills counted for "
                "little: without Swedish certificates, references or fluent Swedish, "
                "the road to a job looked years long, and many spent their days at "
                "home with little contact beyond the family."
            ),
        ],
        "co_creation": [
            (
                "Coompanion Norrbotten met the women at a language café and asked what "
                "they would like to do rather than what they lacked. Together they "
                "mapped skills, visited an existing cooperative and worked out what a "
                "small business would need: premises, machines, prices and a legal "
                "form. The women took every decision themselves, while Coompanion's "
                "advisers explained cooperative rules, bookkeeping and how to approach "
                "customers."
            ),
        ],
        "results": [
            (
                "The group registered as an economic association and opened a small "
                "workshop for alterations and made-to-order sewing. A local "
                "supermarket began selling their washable fruit and vegetable bags, "
                "which gave the cooperative a steady product alongside repair work. "
                "Members report better Swedish, a wider circle of contacts and, for "
                "the first time since arriving in Sweden, an income from their own "
                "trade."
            ),
        ],
        "quote": (
            "Here nobody asks what I cannot do. They ask what I can make, and then we "
            "make it together."
        ),
        "quote_attribution": "Member, tailoring cooperative, Luleå",
        "is_example": True,
    },
    {
        "slug": "skills-passport-sunderby",
        "title": "Showing what you can do: skills passports for young people",
        "network": "len-lulea",
        "country": "SE",
        "target_groups": ["young-people-neet", "people-with-disabilities"],
        "themes": ["education-and-training", "employment"],
        "status": "continued",
        "start": "2017-08",
        "end": "2019-02",
        "summary": (
            "At Sunderby folkhögskola, young people without work or qualifications "
            "helped design a simple way to record the skills they already have."
        ),
        "challenge": [
            (
                "Many of the young adults who come to Sunderby folkhögskola left "
                "school without final grades and then spent months or years without "
                "work. Some have a neuropsychiatric disability. When they meet "
                "employers or the public employment service, their experience of "
                "caring for siblings, repairing mopeds or running an online gaming "
                "community rarely counts, because nobody has ever written it down."
            ),
        ],
        "co_creation": [
            (
                "Teachers, a study counsellor and a group of students tried out "
                "existing validation tools and found them too long and too formal. The "
                "students proposed a shorter format built around conversations, "
                "photographs and short practical tasks. Over one term they tested it "
                "on each other, rewrote the questions in plain language and invited a "
                "local employer to comment on what would matter in a real workplace."
            ),
        ],
        "results": [
            (
                "The resulting skills passport is a few pages long and belongs to the "
                "young person, who decides what goes into it. Staff now use it in the "
                "first weeks of a course to plan studies and work placements. Several "
                "students have taken their passports to job interviews, and the school "
                "kept the method in use after SEMPRE ended."
            ),
        ],
        "quote": (
            "It was the first time a document about me was about the things I'm good "
            "at."
        ),
        "quote_attribution": "Student, Sunderby folkhögskola",
        "is_example": True,
    },
    {
        "slug": "recipe-brochure-rucava",
        "title": "Cooking on a small budget: a recipe brochure from Rucava",
        "network": "len-south-kurzeme",
        "country": "LV",
        "target_groups": ["people-with-disabilities", "long-term-unemployed"],
        "themes": ["food-and-nutrition", "community-life"],
        "status": "continued",
        "start": "2017-05",
        "end": "",
        "summary": (
            "In Rucava, people with disabilities and social workers wrote and tested a "
            "recipe brochure for people on low incomes who receive EU food packages."
        ),
        "challenge": [
            (
                "In the rural municipality of Rucava, in the far south-west of Latvia, "
                "many low-income households receive food packages funded by the "
                "European Union. The packages contain staples such as grains, pasta, "
                "tinned fish and oil, but people often did not know how to turn them "
                "into varied meals, and some products stayed in the cupboard until "
                "they had to be thrown away."
            ),
        ],
        "co_creation": [
            (
                "The Diaconal Centre Liepāja brought together social service staff and "
                "a group of people with disabilities who themselves relied on the "
                "packages. They cooked together once a week, tested dishes using only "
                "the contents of a package plus a few cheap local vegetables, and "
                "voted on which recipes should go into a booklet. Participants took "
                "the photographs, wrote the instructions and chose the title."
            ),
        ],
        "results": [
            (
                "The finished brochure is handed out together with the food packages. "
                "Beyond the recipes, the group gained cooking and writing skills and a "
                "strong sense of belonging, and several members went on to lead "
                "cooking sessions themselves. Under SEMPRE Accelerators the approach "
                "was carried to further municipalities, with training for new groups "
                "and a more stable organisational base."
            ),
        ],
        "quote": (
            "We were not just given the food. We wrote the book that tells others what "
            "to do with it."
        ),
        "quote_attribution": "Participant, recipe brochure group, Rucava",
        "is_example": True,
    },
    {
        "slug": "accessibility-walks-south-kurzeme",
        "title": "Accessibility walks in South Kurzeme",
        "network": "len-south-kurzeme",
        "country": "LV",
        "target_groups": ["people-with-disabilities", "elderly-people"],
        "themes": ["mobility", "community-life"],
        "status": "running",
        "start": "2018-04",
        "end": "2019-02",
        "summary": (
            "Wheelchair users and people with visual impairments surveyed village "
            "centres around Liepāja and agreed priorities for improvements with local "
            "officials."
        ),
        "challenge": [
            (
                "Steps at the post office, no ramp at the health centre, a bus stop "
                "without a bench: in the small towns around Liepāja, everyday barriers "
                "keep many people with disabilities at home. Municipal staff were "
                "often willing to fix things but had no clear picture of where the "
                "problems lay, and people with disabilities were rarely asked for "
                "their view."
            ),
        ],
        "co_creation": [
            (
                "A group of service users from the Diaconal Centre planned a series of "
                "walks through three village centres. They designed a simple "
                "checklist, took photographs and timed the routes from the bus stop to "
                "the shop, the pharmacy and the parish hall. Municipal staff joined "
                "each walk, and afterwards everyone sat down together to rank the "
                "problems by urgency and cost."
            ),
        ],
        "results": [
            (
                "Each municipality received a short illustrated report with a list of "
                "priorities. Some improvements, such as a handrail and a repainted "
                "crossing, were made within months; others went into the next year's "
                "budget. The participants have since been invited to comment on "
                "building plans, and the walks have become a regular fixture in the "
                "network's calendar."
            ),
        ],
        "quote": (
            "They walked the route with me once, and then they understood why I never "
            "go to the pharmacy alone."
        ),
        "quote_attribution": "Participant, accessibility walk, South Kurzeme",
        "is_example": True,
    },
    {
        "slug": "youth-cafe-vidzeme",
        "title": "A café run by young people in Vidzeme",
        "network": "len-vidzeme",
        "country": "LV",
        "target_groups": ["young-people-neet"],
        "themes": ["social-entrepreneurship", "education-and-training", "employment"],
        "status": "social_enterprise",
        "start": "2017-10",
        "end": "",
        "summary": (
            "Young people from Valmiera and nearby villages who had left school early "
            "planned, financed and opened a café that doubles as a training ground for "
            "work."
        ),
        "challenge": [
            (
                "Young people in the countryside around Valmiera who leave school "
                "early face long bus journeys, few job openings and little help in "
                "working out what to do next. Youth workers noticed that the same "
                "young people had plenty of ideas for their communities but nowhere to "
                "try them out, and nobody who took them seriously as future "
                "entrepreneurs."
            ),
        ],
        "co_creation": [
            (
                "Vidzeme University of Applied Sciences offered a pre-incubation "
                "programme in which young people, youth workers and business students "
                "worked as one team. The young participants chose the idea of a café, "
                "surveyed potential customers, drew up a menu and a budget, and asked "
                "local businesses for equipment. University staff coached them on "
                "planning, bookkeeping and the rules for social enterprises in Latvia."
            ),
        ],
        "results": [
            (
                "The café opened first as a weekend pop-up and later with regular "
                "hours. It gives young people paid shifts and work experience, and "
                "part of its income goes into activities for local children. With "
                "support from SEMPRE Accelerators the team set up a stable legal "
                "structure and began exchanging experience with social start-ups in "
                "Estonia."
            ),
        ],
        "quote": (
            "At school I was always the one who didn't finish things. Here I open the "
            "café every Saturday at nine."
        ),
        "quote_attribution": "Team member, youth café, Vidzeme",
        "is_example": True,
    },
    {
        "slug": "gabrielijus-garden-and-workshop",
        "title": "Garden and workshop at the ‘Gabrielijus’ rehabilitation centre",
        "network": "len-klaipeda",
        "country": "LT",
        "target_groups": ["long-term-unemployed", "people-with-disabilities"],
        "themes": ["employment", "health-and-care"],
        "status": "running",
        "start": "2017-06",
        "end": "2019-02",
        "summary": (
            "Residents of the rehabilitation centre ‘Gabrielijus’ near Klaipėda "
            "planned a garden and a wood workshop that give structure to the day and a "
            "first step back into work."
        ),
        "challenge": [
            (
                "The residents of ‘Gabrielijus’, a rehabilitation centre run by the "
                "Lutheran Diaconia in a small village near Klaipėda, are rebuilding "
                "their lives after serious crises, and many have been out of work for "
                "years. Therapy and daily routines help, but returning to the labour "
                "market from a remote village is hard without recent experience, "
                "references or a first income."
            ),
        ],
        "co_creation": [
            (
                "Residents and staff held a series of planning sessions and looked at "
                "what the centre already had: land, an old outbuilding and people with "
                "practical skills. Residents proposed a vegetable garden and a small "
                "workshop making kindling and garden furniture. They set the rules for "
                "working hours and for sharing the proceeds, while staff handled "
                "contacts with buyers and the employment services."
            ),
        ],
        "results": [
            (
                "The garden now supplies much of the centre's kitchen, and the "
                "workshop sells its products at local markets and to parishes. "
                "Residents leave with a record of practical work, and some have found "
                "jobs in the region. Residents often mention a former resident who "
                "went on to work as a social worker as proof that change is possible."
            ),
        ],
        "quote": (
            "In the workshop nobody asks about your past. You measure, you cut, and at "
            "the end of the day there is a bench."
        ),
        "quote_attribution": "Resident, rehabilitation centre ‘Gabrielijus’",
        "is_example": True,
    },
    {
        "slug": "harkujarve-community-centre",
        "title": "Harkujärve community centre",
        "network": "len-harku",
        "country": "EE",
        "target_groups": ["elderly-people", "single-parents", "long-term-unemployed"],
        "themes": ["community-life", "social-entrepreneurship"],
        "status": "social_enterprise",
        "start": "2017-03",
        "end": "",
        "summary": (
            "Residents, the local congregation and the rural municipality turned rooms "
            "in Harkujärve into a community centre with activities for every "
            "generation."
        ),
        "challenge": [
            (
                "Harkujärve, a village in Harku Rural Municipality just outside "
                "Tallinn, has grown quickly as families moved out of the city, but it "
                "lacked a place where neighbours could meet. Older residents felt left "
                "behind by the changes, young families had no support nearby, and "
                "people in difficult situations had to travel to the city for even "
                "basic help."
            ),
        ],
        "co_creation": [
            (
                "The Estonian Evangelical Lutheran Church invited residents to a "
                "series of village evenings and asked what they missed. The answers "
                "were concrete: a room for clubs, a playgroup, advice on benefits and "
                "a place simply to drink coffee together. Residents formed a working "
                "group for each idea, and the congregation and the municipality "
                "contributed premises, some funding and a part-time coordinator."
            ),
        ],
        "results": [
            (
                "The community centre now hosts hobby groups, children's activities, "
                "counselling hours and a rehabilitation programme that runs under its "
                "roof. Latvian service providers visited it on a study trip in "
                "February 2018. In SEMPRE Accelerators, Harkujärve was one of the "
                "micro projects supported on the way to becoming a self-sustaining "
                "social start-up."
            ),
        ],
        "quote": (
            "Before, we only met at the bus stop. Now the bus stop is where we arrange "
            "to meet at the centre."
        ),
        "quote_attribution": "Resident, Harkujärve",
        "is_example": True,
    },
    {
        "slug": "family-craft-workshop-voru",
        "title": "A craft workshop for large families in Võru County",
        "network": "len-voru",
        "country": "EE",
        "target_groups": ["single-parents", "long-term-unemployed"],
        "themes": ["employment", "social-entrepreneurship", "community-life"],
        "status": "running",
        "start": "2017-02",
        "end": "2019-02",
        "summary": (
            "Parents from large and low-income families in south-eastern Estonia set "
            "up a home-based workshop making small craft products to order."
        ),
        "challenge": [
            (
                "In the villages of Võru County, jobs are scarce and many large "
                "families live on low incomes. Parents, often mothers raising children "
                "alone, found it hard to take up work that meant long commutes or "
                "fixed hours, and the families risked being known to services only as "
                "recipients of help rather than as people with something to offer."
            ),
        ],
        "co_creation": [
            (
                "The Foundation for Social Action and a local congregation asked "
                "parents what kind of work would fit around school runs and farm "
                "chores. The group settled on a home-based workshop making simple "
                "products to order. Parents chose the products, agreed on a fair rate "
                "per piece and organised childcare among themselves on workshop days, "
                "with advisers helping on pricing and customer contacts."
            ),
        ],
        "results": [
            (
                "The first orders came from parishes, local events and conference "
                "organisers who wanted small gifts for participants. The income is "
                "modest, but parents describe a new rhythm to the week, contacts "
                "beyond their own village and the experience of being paid for good "
                "work. The group has started to train other parents from neighbouring "
                "villages."
            ),
        ],
        "quote": (
            "My children see me going to work again, even if the work is at our "
            "kitchen table on Tuesdays."
        ),
        "quote_attribution": "Parent, family craft workshop, Võru County",
        "is_example": True,
    },
    {
        "slug": "living-well-at-home-ostrobothnia",
        "title": "Living well at home in rural Ostrobothnia",
        "network": "len-ostrobothnia",
        "country": "FI",
        "target_groups": ["elderly-people"],
        "themes": ["health-and-care", "community-life"],
        "status": "continued",
        "start": "2017-01",
        "end": "2019-02",
        "summary": (
            "Older people in Ostrobothnian villages, home care staff and village "
            "associations designed weekly meeting points that combine exercise, coffee "
            "and a nurse's advice."
        ),
        "challenge": [
            (
                "Many older adults in rural Ostrobothnia live alone in houses far from "
                "the nearest service centre. Home care visits are short and focused on "
                "tasks, and once driving becomes difficult, social contact can shrink "
                "to the care worker at the door. Loneliness and inactivity then hasten "
                "the need for more intensive care."
            ),
        ],
        "co_creation": [
            (
                "Novia's team held kitchen-table interviews and village meetings with "
                "older residents, home care workers and village associations. The "
                "older people were clear: they wanted company and a reason to go out, "
                "not another service visit. Together the group designed a weekly "
                "gathering in the village hall with light exercise, coffee, a short "
                "talk and a nurse available for questions, while volunteers organised "
                "shared lifts."
            ),
        ],
        "results": [
            (
                "Several villages now run weekly meeting points, organised largely by "
                "the participants and their village associations. Home care staff use "
                "the gatherings to notice changes in health early, and participants "
                "say they feel safer and better connected. Novia's evaluation fed the "
                "lessons into its teaching for future social and health care "
                "professionals."
            ),
        ],
        "quote": (
            "I come for the gymnastics and stay for the gossip, and the nurse checks "
            "my blood pressure in between."
        ),
        "quote_attribution": "Participant, village meeting point, Ostrobothnia",
        "is_example": True,
    },
    {
        "slug": "youth-meal-delivery-central-ostrobothnia",
        "title": "Young cooks deliver lunches to older neighbours",
        "network": "len-central-ostrobothnia",
        "country": "FI",
        "target_groups": ["young-people-neet", "elderly-people"],
        "themes": ["food-and-nutrition", "employment"],
        "status": "running",
        "start": "2018-01",
        "end": "2019-02",
        "summary": (
            "Young people without work or a study place in Central Ostrobothnia cook "
            "and deliver lunches to older residents, gaining kitchen skills and "
            "references."
        ),
        "challenge": [
            (
                "In the smaller municipalities around Kokkola, outreach youth workers "
                "met young people who had been out of education and work for a long "
                "time and had lost their daily rhythm. In the same villages, older "
                "residents struggled to cook for themselves, and the nearest meal "
                "service was far away and expensive to deliver."
            ),
        ],
        "co_creation": [
            (
                "At a joint workshop, young people, youth workers, home care staff and "
                "older residents discussed both problems at once. The young people "
                "suggested cooking in a school kitchen that stood empty in the "
                "afternoons; the older residents said what they liked to eat and when. "
                "A local catering entrepreneur trained the group in hygiene and "
                "planning, and the parish lent a car for deliveries."
            ),
        ],
        "results": [
            (
                "Twice a week the team cooks and delivers lunches to a growing list of "
                "older neighbours, who pay a modest price. Deliveries often turn into "
                "short visits. The young people have gained hygiene certificates and "
                "work references, and several have moved on to vocational training in "
                "catering. The university team documented the project for SEMPRE's "
                "shared learning."
            ),
        ],
        "quote": (
            "She waits at the window on Thursdays. You don't want to be late when "
            "someone is waiting for you."
        ),
        "quote_attribution": "Young cook, meal delivery team, Central Ostrobothnia",
        "is_example": True,
    },
    {
        "slug": "summer-camp-varde",
        "title": "Young refugees organise a summer camp in Varde",
        "network": "len-varde",
        "country": "DK",
        "target_groups": ["migrants", "single-parents", "young-people-neet"],
        "themes": ["community-life", "social-entrepreneurship"],
        "status": "continued",
        "start": "2017-03",
        "end": "",
        "summary": (
            "A group of young refugees in Varde developed their own ideas, raised the "
            "money and organised a summer camp for single parents and their children."
        ),
        "challenge": [
            (
                "Young refugees who had settled in Varde Municipality were usually on "
                "the receiving end of services: language classes, case workers and "
                "introduction programmes. Many had energy and ideas but few chances to "
                "take responsibility, while single parents in the area, Danish-born "
                "and newcomers alike, rarely got a break during the long summer "
                "holidays."
            ),
        ],
        "co_creation": [
            (
                "With support from UC SYD and the municipality, the young people met "
                "regularly as a group, decided what they wanted to do and divided the "
                "tasks. They chose to organise a summer camp for single parents and "
                "their children, found a venue, planned the programme and applied to "
                "local foundations for funding. The professionals stepped back into "
                "the role of advisers."
            ),
        ],
        "results": [
            (
                "The camp took place in the summer of 2017, was fully booked and ended "
                "with families asking for a repeat. The young organisers gained "
                "experience in budgeting, fundraising and leading activities, and "
                "became known locally as volunteers rather than clients. The group "
                "kept meeting after the first camp and went on to plan new activities."
            ),
        ],
        "quote": (
            "People usually organise things for us. This time we organised something "
            "for others, and it worked."
        ),
        "quote_attribution": "Young organiser, Varde",
        "is_example": True,
    },
    {
        "slug": "family-evenings-tonder",
        "title": "Family evenings with refugee families in Tønder",
        "network": "len-tonder",
        "country": "DK",
        "target_groups": ["migrants"],
        "themes": ["community-life", "education-and-training"],
        "status": "idea",
        "start": "2017-09",
        "end": "",
        "summary": (
            "In Tønder, refugee parents and local professionals are planning family "
            "evenings with a shared meal and music to talk about raising children in "
            "Denmark."
        ),
        "challenge": [
            (
                "Refugee families in Tønder Municipality live spread across several "
                "small towns. Parents want their children to do well at school and in "
                "Danish society but often feel unsure about what is expected of them, "
                "while teachers and day-care staff find it hard to build trust through "
                "formal meetings and letters written in official Danish."
            ),
        ],
        "co_creation": [
            (
                "The Local Empowerment Network decided to start where families feel "
                "most at ease: around food. A small planning group of parents and "
                "professionals designed family evenings that open with a shared meal, "
                "to which every family brings a dish, and continue with music and "
                "informal conversation about school, leisure and parenting. Parents "
                "chose the topics and the format."
            ),
        ],
        "results": [
            (
                "A first evening was tried out in one town and drew families, teachers "
                "and neighbours, with a local brass band providing the music. The "
                "network plans to hold evenings in three towns across the municipality "
                "and to hand the organisation to parents step by step. As an idea "
                "still taking shape, the project shows how much groundwork co-creation "
                "can need."
            ),
        ],
        "quote": (
            "When you share food, it is easier to ask the teacher the question you "
            "were afraid to ask."
        ),
        "quote_attribution": "Parent, family evening, Tønder",
        "is_example": True,
    },
    {
        "slug": "village-car-nordfriesland",
        "title": "A shared village car in Nordfriesland",
        "network": "len-nordfriesland",
        "country": "DE",
        "target_groups": ["elderly-people", "people-with-disabilities"],
        "themes": ["mobility", "community-life"],
        "status": "continued",
        "start": "2017-05",
        "end": "",
        "summary": (
            "Older residents and volunteers in a Nordfriesland village set up a shared "
            "electric car and a booking line for lifts to the doctor and the shops."
        ),
        "challenge": [
            (
                "In the villages of Nordfriesland, buses run a few times a day on "
                "weekdays and hardly at all at weekends. For older people who no "
                "longer drive and for people with disabilities, a trip to the doctor, "
                "the pharmacy or the supermarket in the next town means asking "
                "relatives for favours or paying for a taxi. Many simply stay at home."
            ),
        ],
        "co_creation": [
            (
                "The Wirtschaftsakademie invited residents, the municipal district "
                "office and a volunteer group to a series of village workshops. Older "
                "residents described the trips they actually needed and when; "
                "volunteers said how much time they could offer. Together they chose a "
                "shared electric car, a telephone booking line staffed by volunteers "
                "and a small fee per kilometre to cover running costs."
            ),
        ],
        "results": [
            (
                "Volunteer drivers now make several trips a week, and the booking line "
                "doubles as a way of keeping in touch with people who live alone. The "
                "village association has taken over the scheme, and neighbouring "
                "villages have asked how to copy it. Participants say the biggest "
                "change is not the transport itself but the confidence to ask for help."
            ),
        ],
        "quote": (
            "I used to wait until my son came at the weekend. Now I ring on Monday and "
            "I'm at the doctor's on Tuesday."
        ),
        "quote_attribution": "Passenger, village car scheme, Nordfriesland",
        "is_example": True,
    },
    {
        "slug": "digital-cafe-library",
        "title": "A digital skills café in a small-town library",
        "network": "len-rendsburg-eckernfoerde",
        "country": "DE",
        "target_groups": ["elderly-people", "migrants"],
        "themes": ["digital-inclusion", "education-and-training"],
        "status": "running",
        "start": "2018-02",
        "end": "2019-02",
        "summary": (
            "Older residents and newcomers meet weekly in a library to master "
            "smartphones, online banking and appointment booking, helped by volunteer "
            "tutors."
        ),
        "challenge": [
            (
                "Bank branches, ticket counters and local offices in rural "
                "Schleswig-Holstein were closing or moving online. For older residents "
                "without children nearby and for migrants still learning German, a "
                "missing digital skill could mean a missed appointment, a lost form or "
                "a long trip into town. Many felt too embarrassed to ask for help."
            ),
        ],
        "co_creation": [
            (
                "A parish, the library and the Diaconie's local counselling service "
                "asked both groups what they wanted to learn. Their lists were "
                "surprisingly similar: video calls with family, booking a doctor's "
                "appointment, online banking and understanding official emails. "
                "Participants chose a relaxed café format with coffee and one table "
                "per topic, and several younger newcomers offered to act as tutors "
                "themselves."
            ),
        ],
        "results": [
            (
                "The café meets every week and has become one of the library's busiest "
                "afternoons. Participants bring their own devices and their own "
                "questions. Older participants and migrant tutors have got to know "
                "each other well, and some tutors have mentioned the experience in job "
                "applications. The library now plans its digital courses together with "
                "the café's regulars."
            ),
        ],
        "quote": (
            "I taught a lady of eighty to make a video call to her grandson. She "
            "taught me three German words I had never heard."
        ),
        "quote_attribution": "Volunteer tutor, digital café, Rendsburg-Eckernförde",
        "is_example": True,
    },
    {
        "slug": "childcare-circle-rendsburg",
        "title": "An evening childcare circle for single parents",
        "network": "len-rendsburg-eckernfoerde",
        "country": "DE",
        "target_groups": ["single-parents"],
        "themes": ["employment", "community-life"],
        "status": "continued",
        "start": "2017-04",
        "end": "",
        "summary": (
            "Single parents near Rendsburg organised a childcare circle so that they "
            "can attend evening courses, work late shifts and keep appointments "
            "without paying a babysitter."
        ),
        "challenge": [
            (
                "Single parents in the Rendsburg area told counsellors the same story: "
                "day-care centres close in the afternoon, but training courses, shift "
                "work and many appointments happen later in the day. Without "
                "grandparents nearby, an evening course or a late shift often becomes "
                "impossible, and the way out of a low income stays blocked."
            ),
        ],
        "co_creation": [
            (
                "Meeting at a family centre attached to a day-care centre, a group of "
                "parents worked out a rota in which they look after each other's "
                "children on agreed evenings. The Diaconie's family counsellors helped "
                "with insurance questions and first-aid training, the day-care centre "
                "provided a room, and the parents set their own rules on times, meals "
                "and swapping shifts."
            ),
        ],
        "results": [
            (
                "The circle covers two evenings a week and has enabled parents to "
                "complete courses and accept later shifts. Just as important, they "
                "say, are the friendships that formed: parents now also share lifts, "
                "children's clothes and advice. The family centre kept the circle "
                "going after the project and helped a second group to start in a "
                "neighbouring town."
            ),
        ],
        "quote": (
            "For the first time in years I could say yes to an evening course without "
            "doing sums in my head."
        ),
        "quote_attribution": "Parent, childcare circle, Rendsburg",
        "is_example": True,
    },
    {
        "slug": "repair-workshop-greater-poland",
        "title": "A village repair workshop in Greater Poland",
        "network": "len-greater-poland",
        "country": "PL",
        "target_groups": ["long-term-unemployed"],
        "themes": ["employment", "social-entrepreneurship"],
        "status": "running",
        "start": "2018-03",
        "end": "2019-02",
        "summary": (
            "Long-term unemployed residents of a village in Greater Poland opened a "
            "repair workshop for household items, backed by a social cooperative and "
            "the welfare centre."
        ),
        "challenge": [
            (
                "In a village in Greater Poland, several men and women had been out of "
                "work for many years after local farms and a food-processing plant cut "
                "jobs. The municipal welfare centre could offer benefits and short "
                "courses, but the courses rarely led anywhere, and people increasingly "
                "felt that nobody expected anything of them."
            ),
        ],
        "co_creation": [
            (
                "PERITIA's trainers ran a series of workshops in which participants "
                "described their own skills and what their neighbours needed. Many had "
                "worked as fitters, seamstresses or mechanics, and villagers "
                "complained that broken bicycles, lawnmowers and small appliances had "
                "to go to town for repair. Participants, the welfare centre and a "
                "nearby social cooperative drew up a plan for a repair point in a "
                "community building."
            ),
        ],
        "results": [
            (
                "The repair workshop opens three days a week and charges modest "
                "prices, with free repairs for older people on small pensions. Two "
                "participants found paid work through contacts made there, and the "
                "group is exploring whether to become a permanent branch of the social "
                "cooperative. The welfare centre now involves its clients in planning "
                "other activities as well."
            ),
        ],
        "quote": (
            "People come in with a broken kettle and leave with one that works. That "
            "feels good after years of being told to wait."
        ),
        "quote_attribution": "Participant, repair workshop, Greater Poland",
        "is_example": True,
    },
]

# News items. Real dates where is_example is False.
NEWS = [
    {
        "slug": "sempre-partners-meet-for-kick-off",
        "title": "Sixteen partners meet to launch SEMPRE",
        "date": "2016-03-15",
        "category": "project-news",
        "summary": (
            "Organisations from eight Baltic Sea countries met at the invitation of "
            "the Diaconie of Schleswig-Holstein to start three years of work on "
            "empowerment in rural social services."
        ),
        "body": [
            (
                "In March 2016, representatives of sixteen organisations from Denmark, "
                "Estonia, Finland, Germany, Latvia, Lithuania, Poland and Sweden came "
                "together at the invitation of the Diaconie of Schleswig-Holstein to "
                "launch SEMPRE. For three years they will work on a shared question: "
                "how can social services in rural areas be developed together with the "
                "people who use them, rather than merely on their behalf?"
            ),
            (
                "The first meeting was about understanding each other's starting "
                "points. Partners described their regions, from the marsh villages of "
                "Nordfriesland to the forests of Võru County, and the groups they "
                "intend to work with: older people, single parents, migrants, people "
                "with disabilities, long-term unemployed people and young people "
                "without education or work. The next step is to build Local "
                "Empowerment Networks in every partner region."
            ),
        ],
        "related_partners": ["diakonie-schleswig-holstein"],
        "related_case_stories": [],
        "is_example": True,
    },
    {
        "slug": "local-empowerment-networks-take-shape",
        "title": "Local Empowerment Networks take shape",
        "date": "2016-09-22",
        "category": "local-networks",
        "summary": (
            "Over the summer, partners in all eight countries began to gather "
            "municipalities, parishes, libraries, schools and associations into Local "
            "Empowerment Networks."
        ),
        "body": [
            (
                "Over the summer, partners in all eight countries have started to "
                "build their Local Empowerment Networks. Each one brings together "
                "organisations that know a region and its people: municipalities, "
                "parishes, libraries, day-care centres, schools, associations and, in "
                "some places, local businesses. A network coordinator at the partner "
                "organisation holds the threads together and keeps members informed."
            ),
            (
                "The networks' first task is to reach the people SEMPRE is meant for, "
                "many of whom have little contact with formal services. Members open "
                "doors, lend rooms and vouch for the project in their communities. In "
                "the coming months the networks will use empowerment tools to find "
                "out, together with service users, which needs are going unmet and who "
                "might help to meet them."
            ),
        ],
        "related_partners": [
            "uc-syd",
            "coompanion-norrbotten",
            "foundation-for-social-action",
        ],
        "related_case_stories": [],
        "is_example": True,
    },
    {
        "slug": "listening-first-empowerment-tools",
        "title": "Listening first: partners compare empowerment tools",
        "date": "2016-11-17",
        "category": "project-news",
        "summary": (
            "Kitchen-table interviews, photo walks and future workshops: partners "
            "shared first experience with tools for finding out what service users "
            "need."
        ),
        "body": [
            (
                "How do you find out what someone needs when they have never been "
                "asked? At a transnational meeting this autumn, partners compared the "
                "tools they are testing in their regions: kitchen-table interviews, "
                "photo walks, future workshops, story circles and simple maps showing "
                "who helps whom in a village."
            ),
            (
                "The experience so far is encouraging but also humbling. Several "
                "partners reported that first meetings with service users were slow to "
                "get going, and that trust grew only when staff came back more than "
                "once and acted on what they had heard. These lessons will feed into "
                "the Empowerment Handbook that Nordregio is preparing for social "
                "service staff."
            ),
        ],
        "related_partners": ["nordregio", "novia-uas"],
        "related_case_stories": [],
        "is_example": True,
    },
    {
        "slug": "tailoring-cooperative-opens-in-lulea",
        "title": "Migrant women in Luleå found a tailoring cooperative",
        "date": "2017-03-08",
        "category": "micro-projects",
        "summary": (
            "On International Women's Day, a group of migrant women in Luleå "
            "celebrated the start of their own cooperative for alterations and "
            "made-to-order sewing."
        ),
        "body": [
            (
                "International Women's Day had a special meaning in Luleå this year. A "
                "group of migrant women who had met in a sewing group celebrated the "
                "registration of their own cooperative, which will take on "
                "alterations, repairs and made-to-order sewing. Many of the members "
                "worked as seamstresses before coming to Sweden but had found no way "
                "to use their skills here."
            ),
            (
                "Coompanion Norrbotten accompanied the group from the first "
                "conversations to the founding meeting, explaining cooperative rules, "
                "bookkeeping and pricing. Every decision, from the name to the opening "
                "hours, was taken by the members themselves. The next challenge is to "
                "find regular customers, and the women already have ideas for products "
                "of their own."
            ),
        ],
        "related_partners": ["coompanion-norrbotten"],
        "related_case_stories": ["tailoring-cooperative-lulea"],
        "is_example": True,
    },
    {
        "slug": "fifth-transnational-meeting-klaipeda",
        "title": "Fifth transnational meeting in Klaipėda",
        "date": "2017-04-05",
        "category": "events",
        "summary": (
            "From 5 to 7 April 2017 the Lutheran Diaconia hosted the SEMPRE "
            "partnership in Klaipėda, including a visit to the rehabilitation centre "
            "‘Gabrielijus’."
        ),
        "body": [
            (
                "From 5 to 7 April 2017 the Lutheran Diaconia welcomed the SEMPRE "
                "partnership to Klaipėda for its fifth transnational meeting. Partners "
                "took stock of their experience with empowerment tools for "
                "disadvantaged groups and agreed on the next steps towards user-driven "
                "micro projects, which are due to begin in the partner regions in the "
                "second half of the year. In several regions, the first ones are "
                "already under way."
            ),
            (
                "The programme included a visit to the rehabilitation centre "
                "‘Gabrielijus’, which the Diaconia runs in a small village near "
                "Klaipėda. The partners heard how much effort it took to establish and "
                "finance the centre, and a resident described its rules and daily "
                "routine. Plans for a micro project with the residents were already "
                "taking shape during the visit."
            ),
        ],
        "related_partners": ["lutheran-diaconia-klaipeda"],
        "related_case_stories": ["gabrielijus-garden-and-workshop"],
        "is_example": False,
    },
    {
        "slug": "village-car-on-the-road-nordfriesland",
        "title": "On the road: a shared village car in Nordfriesland",
        "date": "2017-06-22",
        "category": "micro-projects",
        "summary": (
            "Older residents and volunteers in a Nordfriesland village have launched a "
            "shared electric car with a volunteer-run booking line."
        ),
        "body": [
            (
                "After three village workshops, the first micro project in "
                "Nordfriesland is on the road. Older residents who no longer drive can "
                "now ring a booking line and arrange a lift to the doctor, the "
                "pharmacy or the supermarket in the next town. The car is electric, "
                "the drivers are volunteers from the village, and a small fee per "
                "kilometre covers the running costs."
            ),
            (
                "The idea came from the residents themselves, who described the trips "
                "they needed and when they needed them. The Wirtschaftsakademie "
                "Schleswig-Holstein helped with the planning and brought in the "
                "municipal district office and a volunteer transport association. The "
                "village association will take over the scheme once the first months "
                "have shown what works."
            ),
        ],
        "related_partners": ["wirtschaftsakademie-schleswig-holstein"],
        "related_case_stories": ["village-car-nordfriesland"],
        "is_example": True,
    },
    {
        "slug": "uc-syd-workshop-esbjerg",
        "title": "Danish networks in Varde and Tønder meet in Esbjerg",
        "date": "2017-08-22",
        "category": "local-networks",
        "summary": (
            "UC SYD held a first joint workshop for its Local Empowerment Networks in "
            "Varde and Tønder, the start of a series of quarterly meetings."
        ),
        "body": [
            (
                "On 22 August 2017, University College South Denmark held the first "
                "joint workshop for its two Local Empowerment Networks, in the "
                "municipalities of Varde and Tønder. SEMPRE staff from UC SYD and "
                "representatives of both networks met in Esbjerg to exchange "
                "experience, compare approaches and plan the coming months. Further "
                "workshops will follow every quarter."
            ),
            (
                "In Varde, a group of young refugees has been developing and carrying "
                "out its own ideas, including a summer camp for single parents and "
                "their children, while staff working with traumatised refugee families "
                "are using action learning. In Tønder, the network has chosen to focus "
                "on refugee families and is planning family evenings that begin with a "
                "shared meal and live music."
            ),
        ],
        "related_partners": ["uc-syd"],
        "related_case_stories": ["summer-camp-varde", "family-evenings-tonder"],
        "is_example": False,
    },
    {
        "slug": "mid-term-conference-tallinn",
        "title": "Mid-term conference in Tallinn",
        "date": "2017-09-14",
        "category": "events",
        "summary": (
            "On 14 September 2017 SEMPRE's mid-term conference in Tallinn looked at "
            "social innovation and organisational change in social service providers."
        ),
        "body": [
            (
                "Halfway through the project, SEMPRE met in Tallinn on 14 September "
                "2017 for its mid-term conference at the National Library of Estonia. "
                "The two Estonian partners, the Estonian Evangelical Lutheran Church "
                "and the Foundation for Social Action, hosted the event together with "
                "the lead partner. Its theme was social innovation and organisational "
                "change, and the challenges and opportunities both bring for social "
                "service providers."
            ),
            (
                "Speakers discussed what organisations need in order to innovate in "
                "rural areas, and a local social entrepreneur shared his experience of "
                "building a working business. Partners from Estonia, Germany and "
                "Finland presented micro projects under way in their regions, and "
                "participants used a live polling system to share their views on the "
                "future of rural social services."
            ),
        ],
        "related_partners": [
            "estonian-evangelical-lutheran-church",
            "foundation-for-social-action",
            "diakonie-schleswig-holstein",
        ],
        "related_case_stories": [],
        "is_example": False,
    },
    {
        "slug": "training-modules-piloted",
        "title": "Training modules piloted with social service staff",
        "date": "2017-11-16",
        "category": "project-news",
        "summary": (
            "Social workers, care staff and volunteer coordinators tested the first "
            "SEMPRE training modules on empowerment and co-creation."
        ),
        "body": [
            (
                "Around twenty social workers, care staff and volunteer coordinators "
                "spent two days testing the first SEMPRE training modules. The "
                "sessions covered how to open conversations with people who are wary "
                "of services, how to hand over responsibility without leaving people "
                "alone, and how to plan a small pilot with users from the start."
            ),
            (
                "Participants were frank in their feedback. They valued the practical "
                "exercises and the examples from other countries, but asked for "
                "shorter units that fit into a working week and for more material on "
                "dealing with managers who are sceptical. The modules will now be "
                "revised before further pilots in the partner regions next year."
            ),
        ],
        "related_partners": ["wirtschaftsakademie-schleswig-holstein", "uc-syd"],
        "related_case_stories": [],
        "is_example": True,
    },
    {
        "slug": "study-trip-latvian-providers-estonia",
        "title": "Latvian service providers visit Harkujärve and Laitse",
        "date": "2018-02-22",
        "category": "local-networks",
        "summary": (
            "On 22 February 2018 a group of Latvian social service providers travelled "
            "to Estonia to see how local networks in Harkujärve and Laitse work."
        ),
        "body": [
            (
                "On 22 February 2018 a group of Latvian social service providers "
                "crossed the border for a study trip to Estonia. The programme took "
                "them to Harkujärve, just outside Tallinn, where residents, the local "
                "congregation and the municipality have created a community centre "
                "together, and on to the village of Laitse."
            ),
            (
                "The visitors looked in particular at how residents had been involved "
                "in planning from the very beginning, and at how church and local "
                "government share responsibility for the activities. The exchange "
                "between Latvian and Estonian partners continued in the following "
                "years, including a return visit to Latvia in 2020."
            ),
        ],
        "related_partners": [
            "estonian-evangelical-lutheran-church",
            "foundation-for-social-action",
            "diaconal-centre-liepaja",
        ],
        "related_case_stories": ["harkujarve-community-centre"],
        "is_example": False,
    },
    {
        "slug": "seventh-transnational-meeting-vaasa",
        "title": "Seventh transnational meeting in Vaasa",
        "date": "2018-03-15",
        "category": "events",
        "summary": (
            "In March 2018 Novia hosted the partners in Vaasa as SEMPRE entered its "
            "third phase, with more than 30 user-driven micro projects under way."
        ),
        "body": [
            (
                "In mid-March 2018 the SEMPRE partners gathered in Vaasa, on Finland's "
                "west coast, for the project's seventh transnational meeting. With the "
                "project now in its third and final phase, the focus turned to "
                "results: partners presented the methods they had used with service "
                "users and the micro projects that had grown out of them, which by now "
                "number more than 30."
            ),
            (
                "The meeting also gave Nordregio valuable input for the Empowerment "
                "Handbook, which draws on the experience of every partner region. "
                "Among the examples discussed was the tailoring cooperative founded by "
                "migrant women in Luleå, whose fruit and vegetable bags are now on "
                "sale in a local grocery store."
            ),
        ],
        "related_partners": ["novia-uas", "nordregio", "coompanion-norrbotten"],
        "related_case_stories": ["tailoring-cooperative-lulea"],
        "is_example": False,
    },
    {
        "slug": "rucava-recipe-brochure-goes-to-print",
        "title": "Rucava recipe brochure goes to print",
        "date": "2018-05-17",
        "category": "micro-projects",
        "summary": (
            "A brochure of tried-and-tested recipes, written by people who rely on EU "
            "food packages themselves, will now be handed out in Rucava."
        ),
        "body": [
            (
                "After a year of cooking, tasting and writing, a group of people with "
                "disabilities in Rucava has sent its recipe brochure to the printer. "
                "Every recipe uses the contents of the EU food packages that many "
                "low-income households in the municipality receive, plus a few "
                "inexpensive local vegetables. The group took the photographs and "
                "wrote the instructions themselves."
            ),
            (
                "The Diaconal Centre Liepāja, which supported the group, says the "
                "brochure is only part of the story. Participants have learned to cook "
                "new dishes, to work as a team and to present their work in public, "
                "and several now want to lead cooking sessions for others. The "
                "municipal social service will hand the brochure out with every food "
                "package."
            ),
        ],
        "related_partners": ["diaconal-centre-liepaja"],
        "related_case_stories": ["recipe-brochure-rucava"],
        "is_example": True,
    },
    {
        "slug": "young-cooks-central-ostrobothnia",
        "title": "Young cooks keep older neighbours fed",
        "date": "2018-08-23",
        "category": "micro-projects",
        "summary": (
            "In Central Ostrobothnia, young people outside work and education cook and "
            "deliver lunches to older residents twice a week."
        ),
        "body": [
            (
                "Every Tuesday and Thursday, a small team of young people in Central "
                "Ostrobothnia takes over an empty school kitchen, cooks lunch for "
                "older residents and delivers it door to door. The team members had "
                "been out of education and work for a long time; now they plan menus, "
                "keep hygiene records and manage a delivery round."
            ),
            (
                "The idea grew from a workshop where young people and older residents "
                "discussed their problems side by side. For the older residents, the "
                "lunches mean a hot meal and a visitor; for the young cooks, a daily "
                "rhythm, certificates and references. The Chydenius team at the "
                "University of Jyväskylä is documenting the project for the SEMPRE "
                "partnership."
            ),
        ],
        "related_partners": ["university-of-jyvaskyla-chydenius"],
        "related_case_stories": ["youth-meal-delivery-central-ostrobothnia"],
        "is_example": True,
    },
    {
        "slug": "regional-conference-inclusive-education-valmiera",
        "title": "Regional conference on inclusive education in Valmiera",
        "date": "2018-10-26",
        "category": "events",
        "summary": (
            "On 26 October 2018 Vidzeme University of Applied Sciences hosted a "
            "regional conference on inclusive education and social entrepreneurship."
        ),
        "body": [
            (
                "On 26 October 2018 Vidzeme University of Applied Sciences welcomed "
                "teachers, youth workers, social workers and students to Valmiera for "
                "a regional conference held jointly with its annual conference on "
                "education. The programme centred on inclusive education and social "
                "entrepreneurship, and on how schools and communities can support "
                "young people whose opportunities are limited."
            ),
            (
                "For ViA, the conference was also an opportunity to share what it had "
                "learned in SEMPRE about pre-incubation support for young people with "
                "ideas for social enterprises, and to bring together practitioners "
                "from schools, municipalities and youth work who rarely sit at the "
                "same table."
            ),
        ],
        "related_partners": ["vidzeme-uas"],
        "related_case_stories": [],
        "is_example": False,
    },
    {
        "slug": "sempre-results-published",
        "title": "SEMPRE results published",
        "date": "2018-11-27",
        "category": "publications",
        "summary": (
            "At the start of the final conference, the partners released the "
            "Empowerment Handbook, the micro project brochure and a pocket version of "
            "the Organisational Roadmap."
        ),
        "body": [
            (
                "As the final conference opened in Riga, the SEMPRE partners released "
                "the first results of three years of work. The Empowerment Handbook, "
                "‘Empowerment – Making it Happen’, gives social service staff "
                "practical advice on involving users in the design of services. The "
                "brochure ‘Co-creating Social Services’ presents 26 micro projects "
                "from the partner regions."
            ),
            (
                "A pocket version of the Organisational Roadmap for Empowerment offers "
                "leaders of social service organisations a compact guide to rethinking "
                "their role. All publications can be downloaded free of charge from "
                "the resources section of this website. Training modules and policy "
                "recommendations will follow before the project ends in February 2019."
            ),
        ],
        "related_partners": ["nordregio", "diakonie-schleswig-holstein"],
        "related_case_stories": [],
        "is_example": False,
    },
    {
        "slug": "final-conference-make-empowerment-happen-riga",
        "title": "‘Make Empowerment Happen!’: final conference in Riga",
        "date": "2018-11-27",
        "category": "events",
        "summary": (
            "On 27 and 28 November 2018 the SEMPRE final conference in Riga showcased "
            "18 micro projects co-created by service users and providers."
        ),
        "body": [
            (
                "‘Make Empowerment Happen!’ was the motto of the SEMPRE final "
                "conference, held in Riga on 27 and 28 November 2018. Social workers, "
                "managers, researchers and policymakers from around the Baltic Sea "
                "spent two days discussing what it takes for services to be designed "
                "together with the people who use them."
            ),
            (
                "The highlight was a showcase of 18 micro projects from across the "
                "region, which gave participants the chance to meet the people behind "
                "them and to hear at first hand how users and professionals had worked "
                "together. The conference also marked the publication of the project's "
                "main results."
            ),
        ],
        "related_partners": [
            "diakonie-schleswig-holstein",
            "university-of-latvia",
            "diaconal-centre-liepaja",
            "vidzeme-uas",
        ],
        "related_case_stories": [],
        "is_example": False,
    },
    {
        "slug": "film-about-the-micro-projects",
        "title": "A film about the micro projects",
        "date": "2019-01-17",
        "category": "publications",
        "summary": (
            "A short film follows service users and professionals in several SEMPRE "
            "regions as they develop their micro projects together."
        ),
        "body": [
            (
                "Reports and brochures can only say so much. A short film now shows "
                "the SEMPRE micro projects in action: a sewing machine running in "
                "Luleå, a shared meal in a village hall, young people planning their "
                "café. Service users and professionals explain in their own words how "
                "they worked together and what changed for them."
            ),
            (
                "The film is intended for social service providers, students and "
                "anyone considering a similar approach. It can be shown at training "
                "sessions and network meetings, and it works well as a starting point "
                "for discussion about the roles of users and professionals. It is "
                "available on the project's video channel with English subtitles."
            ),
        ],
        "related_partners": ["diakonie-schleswig-holstein"],
        "related_case_stories": [
            "tailoring-cooperative-lulea",
            "youth-cafe-vidzeme",
            "living-well-at-home-ostrobothnia",
        ],
        "is_example": True,
    },
    {
        "slug": "final-transnational-meeting-hamburg",
        "title": "Final transnational meeting in Hamburg",
        "date": "2019-02-15",
        "category": "project-news",
        "summary": (
            "In February 2019 the partners met in Hamburg for the last time within "
            "SEMPRE, to take stock and plan how the results will live on."
        ),
        "body": [
            (
                "In February 2019 the SEMPRE partnership met in Hamburg for its final "
                "transnational meeting. Three years after the start, partners looked "
                "back at what the project had achieved: Local Empowerment Networks in "
                "eight countries, more than 30 micro projects and a set of "
                "publications for practitioners, managers and policymakers."
            ),
            (
                "Much of the discussion looked forward. Several micro projects were "
                "ready to grow beyond the pilot stage, and partners explored how they "
                "could keep supporting them once the funding period was over. The "
                "meeting closed SEMPRE, but only for the time being, as the partners "
                "were already preparing the ground for a follow-up."
            ),
        ],
        "related_partners": [
            "nordkirche-church-at-work",
            "diakonie-schleswig-holstein",
        ],
        "related_case_stories": [],
        "is_example": False,
    },
    {
        "slug": "dissemination-event-szczecin",
        "title": "SEMPRE empowerment concepts presented in Szczecin",
        "date": "2019-02-25",
        "category": "events",
        "summary": (
            "On 25 February 2019 a dissemination event in Szczecin introduced SEMPRE's "
            "empowerment tools to Polish social workers, researchers and public "
            "authorities."
        ),
        "body": [
            (
                "On 25 February 2019 the Łaźnia cooperative in Szczecin hosted a "
                "SEMPRE dissemination event aimed at bringing the project's ideas to "
                "Poland. Social workers, researchers and representatives of public "
                "authorities and regional development agencies heard how service "
                "providers in eight countries had involved their users in developing "
                "new services."
            ),
            (
                "Presentations covered the empowerment tools used in the Local "
                "Empowerment Networks, examples of micro projects from several "
                "countries and the first SEMPRE publications. For the Polish partner "
                "PERITIA, the event was a chance to connect the project's experience "
                "with Poland's growing social economy and with the organisations that "
                "support it."
            ),
        ],
        "related_partners": ["peritia"],
        "related_case_stories": [],
        "is_example": False,
    },
    {
        "slug": "sempre-accelerators-starts",
        "title": "SEMPRE Accelerators is starting",
        "date": "2019-09-01",
        "category": "project-news",
        "summary": (
            "The follow-up project ‘SEMPRE Accelerators for Service Co-Creation’ will "
            "help eight promising micro projects become self-sustaining social "
            "start-ups by 2021."
        ),
        "body": [
            (
                "SEMPRE has ended, but the work goes on. The Interreg Baltic Sea "
                "Region Programme has approved a follow-up project, ‘SEMPRE "
                "Accelerators for Service Co-Creation’, which starts on 1 September "
                "2019 and will run until 2021. Its goal is to help eight of the most "
                "promising micro projects grow into self-sustaining social start-ups "
                "that offer their services and products on local and regional markets."
            ),
            (
                "In each partner region, an accelerator team will bring together "
                "representatives of a micro project and established service providers. "
                "The teams will combine the experience of service users with the "
                "know-how of professionals to tackle questions of management, "
                "financing, service quality and user involvement. Eight of the "
                "original SEMPRE partners take part, joined by the Karelian Research "
                "Centre of the Russian Academy of Sciences."
            ),
        ],
        "related_partners": ["diakonie-schleswig-holstein"],
        "related_case_stories": [
            "harkujarve-community-centre",
            "recipe-brochure-rucava",
        ],
        "is_example": False,
    },
    {
        "slug": "policy-recommendations-translations-available",
        "title": "Policy recommendations now in five languages",
        "date": "2019-12-02",
        "category": "publications",
        "summary": (
            "The SEMPRE policy recommendations are now available in German, Estonian, "
            "Latvian and Lithuanian as well as English."
        ),
        "body": [
            (
                "The SEMPRE policy recommendations, ‘Towards Innovative Social Service "
                "Provision in the Baltic Sea Region’, can now be read in German, "
                "Estonian, Latvian and Lithuanian as well as in the original English. "
                "The translations make the recommendations accessible to local and "
                "regional decision-makers who prefer to work in their own language."
            ),
            (
                "The recommendations draw on three years of experience in eight "
                "countries and are addressed to decision-makers at local, national and "
                "European level. They set out how public policy can create better "
                "conditions for rural services that are developed together with their "
                "users. All language versions are free to download from the resources "
                "section."
            ),
        ],
        "related_partners": ["nordregio"],
        "related_case_stories": [],
        "is_example": False,
    },
    {
        "slug": "accelerator-teams-formed",
        "title": "Accelerator teams formed in the partner regions",
        "date": "2020-01-23",
        "category": "project-news",
        "summary": (
            "Eight accelerator teams, each pairing a micro project with experienced "
            "service providers, have agreed their plans for the year ahead."
        ),
        "body": [
            (
                "Four months into SEMPRE Accelerators, all eight accelerator teams are "
                "at work. Each team pairs members of a micro project with experienced "
                "service providers, and each has agreed a plan for the year ahead. The "
                "plans differ widely: one team is drafting its first business plan, "
                "another is looking for permanent premises, a third wants to train new "
                "volunteers."
            ),
            (
                "What the teams share is the principle that the people who run the "
                "micro project stay in charge. Professionals contribute knowledge of "
                "funding, law and management, but decisions are taken jointly. The "
                "teams will meet across borders later in the year to compare progress "
                "and learn from each other."
            ),
        ],
        "related_partners": [
            "diakonie-schleswig-holstein",
            "diaconal-centre-liepaja",
            "vidzeme-uas",
            "estonian-evangelical-lutheran-church",
        ],
        "related_case_stories": [
            "harkujarve-community-centre",
            "recipe-brochure-rucava",
            "youth-cafe-vidzeme",
        ],
        "is_example": True,
    },
    {
        "slug": "coaching-moves-online",
        "title": "Coaching moves online as start-ups adapt to the pandemic",
        "date": "2020-05-14",
        "category": "project-news",
        "summary": (
            "With meetings cancelled across the region, the SEMPRE Accelerators teams "
            "moved their coaching online and helped start-ups adapt their services."
        ),
        "body": [
            (
                "The COVID-19 pandemic has hit the young social start-ups hard. Cafés "
                "closed, group activities stopped and many service users were suddenly "
                "isolated at home. The accelerator teams responded by moving their "
                "coaching sessions online and by helping start-ups think through which "
                "of their services could continue in a different form."
            ),
            (
                "Some adaptations were remarkably quick. Groups that used to meet in "
                "person started to phone their members regularly, a café switched to "
                "takeaway orders, and volunteers began delivering shopping to older "
                "neighbours. Partners are collecting these experiences, as they show "
                "how user-led services can react to a crisis."
            ),
        ],
        "related_partners": ["vidzeme-uas", "estonian-evangelical-lutheran-church"],
        "related_case_stories": ["youth-cafe-vidzeme", "harkujarve-community-centre"],
        "is_example": True,
    },
    {
        "slug": "estonian-start-up-visits-vidzeme",
        "title": "Harkujärve start-up visits Vidzeme and Rucava",
        "date": "2020-08-05",
        "category": "micro-projects",
        "summary": (
            "In August 2020 the team of the Harkujärve community centre travelled to "
            "Latvia to exchange experience with social start-ups in Vidzeme and Rucava."
        ),
        "body": [
            (
                "With travel across the region still limited, SEMPRE Accelerators "
                "organised exchange visits between neighbouring countries. In early "
                "August 2020, people from the Harkujärve community centre in Estonia, "
                "including participants of the rehabilitation programme based there, "
                "travelled to Latvia to meet social start-ups and local initiatives in "
                "Vidzeme."
            ),
            (
                "The programme included local social enterprises and associations in "
                "Vidzeme working with children, families and people who face barriers "
                "to employment. The visit ended in the Liepāja region, where the group "
                "visited the community initiative in Rucava. Both sides came home with "
                "new ideas for cooperation, especially on creating jobs for vulnerable "
                "groups."
            ),
        ],
        "related_partners": [
            "vidzeme-uas",
            "estonian-evangelical-lutheran-church",
            "diaconal-centre-liepaja",
        ],
        "related_case_stories": [
            "harkujarve-community-centre",
            "youth-cafe-vidzeme",
            "recipe-brochure-rucava",
        ],
        "is_example": False,
    },
    {
        "slug": "sempre-accelerators-draws-to-a-close",
        "title": "SEMPRE Accelerators draws to a close",
        "date": "2021-06-15",
        "category": "project-news",
        "summary": (
            "After almost two years, the accelerator teams looked back at eight social "
            "start-ups and what it takes to keep user-led services going."
        ),
        "body": [
            (
                "SEMPRE Accelerators is coming to an end after almost two years. Eight "
                "micro projects from the original SEMPRE partnership have received "
                "intensive support on their way to becoming social start-ups, and most "
                "of them now have a legal form, a stable group of active members and "
                "at least one regular source of income."
            ),
            (
                "The teams' experience shows that the hardest part is not starting but "
                "continuing: keeping volunteers motivated, replacing short-term grants "
                "and sharing leadership as people move on. Partners will publish "
                "start-up biographies that tell each story honestly, including the "
                "setbacks, so that others can learn from them."
            ),
        ],
        "related_partners": ["diakonie-schleswig-holstein"],
        "related_case_stories": [
            "tailoring-cooperative-lulea",
            "harkujarve-community-centre",
            "recipe-brochure-rucava",
            "youth-cafe-vidzeme",
        ],
        "is_example": True,
    },
]

# The five downloadable SEMPRE outputs.
# Who the outputs are for (resources.Audience); the keys are used in OUTPUTS.
AUDIENCES = [
    {"key": "policymakers", "slug": "policymakers", "name": "Policymakers"},
    {
        "key": "service_providers",
        "slug": "service-providers",
        "name": "Service providers",
    },
    {"key": "researchers", "slug": "researchers", "name": "Researchers"},
    {"key": "public", "slug": "public", "name": "General public"},
]

OUTPUTS = [
    {
        "slug": "empowerment-handbook",
        "title": "Empowerment – Making it Happen",
        "resource_type": "handbook",
        "publication_date": "2018-11-27",
        "summary": (
            "The SEMPRE Empowerment Handbook for social service staff: practical "
            "guidance, drawn from eight countries, on involving service users in "
            "designing and delivering services."
        ),
        "body": [
            (
                "‘Empowerment – Making it Happen’ is the Empowerment Handbook written "
                "by Nordregio on the basis of experience from every SEMPRE partner "
                "region. It is addressed to the staff of social service providers, "
                "from social workers and care staff to youth workers and parish "
                "employees, and explains step by step how to involve service users in "
                "developing and running services."
            ),
            (
                "The handbook combines short explanations of the ideas behind "
                "empowerment with practical advice, checklists and examples from the "
                "micro projects. It covers how to reach people who rarely use "
                "services, how to build trust, how to turn ideas into small pilots and "
                "what organisations need to change so that empowering practice can "
                "last."
            ),
        ],
        "authors": ["nordregio"],
        "audience": ["service_providers", "researchers"],
        "themes": [
            "community-life",
            "education-and-training",
            "social-entrepreneurship",
        ],
        "pdf": {
            "en": {
                "title": "Empowerment – Making it Happen",
                "subtitle": "Empowerment Handbook for social service provider staff",
                "sections": [
                    (
                        "What empowerment means in everyday work",
                        [
                            (
                                "Empowerment is often described as giving people "
                                "power, but in daily practice it is closer to making "
                                "room. It means that the people who use a service take "
                                "part in deciding what it should do, how it should "
                                "work and who does what. Staff do not stop helping; "
                                "they help in a different way, by opening doors, "
                                "sharing knowledge and trusting people with "
                                "responsibility."
                            ),
                            (
                                "In SEMPRE, partners in eight countries tried this "
                                "approach with older people, single parents, migrants, "
                                "people with disabilities, long-term unemployed people "
                                "and young people without education or work. Their "
                                "experience shows that empowerment works at three "
                                "levels at once: for individuals, who gain confidence "
                                "and skills; for organisations, which learn new ways "
                                "of working; and for the communities around them."
                            ),
                        ],
                    ),
                    (
                        "Starting with the people you serve",
                        [
                            (
                                "The first step is to meet people where they are, not "
                                "where the service is. Partners held kitchen-table "
                                "conversations, joined existing groups, walked through "
                                "villages with residents and used photographs or "
                                "simple maps to talk about daily life. Asking what "
                                "people can do and what they care about opened more "
                                "doors than asking about their problems."
                            ),
                            (
                                "Trust takes time and repetition. Come back more than "
                                "once, be honest about what you can and cannot offer, "
                                "and show that you have acted on what you heard. Work "
                                "with people who are already trusted locally, such as "
                                "a parish worker, a librarian or a day-care teacher. "
                                "They can introduce you to people who would never "
                                "answer a letter from an office."
                            ),
                        ],
                    ),
                    (
                        "From idea to micro project",
                        [
                            (
                                "Once needs and ideas are on the table, bring users "
                                "and professionals together in a small team and agree "
                                "on a first, modest step. A micro project can be a "
                                "weekly meeting point, a shared car, a recipe booklet "
                                "or a cooperative. Small budgets, simple rules and "
                                "short planning cycles allow the team to learn quickly "
                                "and to change course without losing face."
                            ),
                            (
                                "Roles need to be explicit. Decide together who leads, "
                                "who decides what and where professional support is "
                                "needed, for instance with insurance, money or "
                                "permits. Celebrate early results, however small, and "
                                "write down what you learn. The most successful SEMPRE "
                                "micro projects were those in which users gradually "
                                "took on more responsibility as their confidence grew."
                            ),
                        ],
                    ),
                    (
                        "Changing the way your organisation works",
                        [
                            (
                                "Empowering practice is hard to sustain if the "
                                "organisation around it does not change. Staff need "
                                "time that is not filled with routine tasks, managers "
                                "who back them when a pilot fails and funding that "
                                "allows for open-ended processes. Reporting systems "
                                "should value participation and learning, not only the "
                                "number of contacts or hours delivered."
                            ),
                            (
                                "Look at your organisation through the eyes of a "
                                "service user. Which rules make it hard to get "
                                "involved? Who is invited to meetings, and at what "
                                "time of day? Small changes, such as holding meetings "
                                "in a village hall or paying travel costs for "
                                "volunteers, often say more about a commitment to "
                                "empowerment than any strategy paper."
                            ),
                        ],
                    ),
                ],
            },
        },
    },
    {
        "slug": "training-modules",
        "title": "Training Modules for Social Service Provider Staff",
        "resource_type": "training_module",
        "publication_date": "2019-02-15",
        "summary": (
            "Ready-to-use training modules that help social service staff build the "
            "skills they need to involve users in developing and delivering services."
        ),
        "body": [
            (
                "The SEMPRE training modules help social service providers build the "
                "empowerment competence of their staff. They were developed and tested "
                "in the partner regions with social workers, care staff, youth workers "
                "and volunteer coordinators, and they translate the ideas of the "
                "Empowerment Handbook into exercises that fit into a normal working "
                "week."
            ),
            (
                "Each module can be used on its own or as part of a longer course, and "
                "trainers are encouraged to adapt the examples to their own country "
                "and target group. The material covers attitudes, tools for "
                "discovering needs and strengths, running pilot projects with users, "
                "and talking to managers and funders about empowering work."
            ),
        ],
        "authors": [
            "wirtschaftsakademie-schleswig-holstein",
            "diakonie-schleswig-holstein",
        ],
        "audience": ["service_providers"],
        "themes": ["education-and-training"],
        "pdf": {
            "en": {
                "title": "Training Modules for Social Service Provider Staff",
                "subtitle": "Building empowerment competence in everyday practice",
                "sections": [
                    (
                        "Who the modules are for",
                        [
                            (
                                "The training modules are written for people who work "
                                "directly with service users: social workers, care "
                                "staff, youth workers, counsellors, volunteer "
                                "coordinators and parish workers. They also suit team "
                                "leaders who want to introduce an empowering approach "
                                "in their unit. No previous training in co-creation is "
                                "needed, only curiosity and a willingness to try "
                                "something new."
                            ),
                            (
                                "Each module can be used on its own or as part of a "
                                "longer course. Trainers can adapt the examples to "
                                "their own country and target group, and all exercises "
                                "have been tested with staff in the SEMPRE partner "
                                "regions. The material assumes that participants will "
                                "try out what they learn with service users between "
                                "sessions."
                            ),
                        ],
                    ),
                    (
                        "What the modules cover",
                        [
                            (
                                "The modules move from attitude to practice. They "
                                "begin with what empowerment means for the "
                                "relationship between professionals and users, "
                                "continue with tools for discovering needs and "
                                "strengths, and then turn to planning and running "
                                "small pilot projects together with users. Further "
                                "units deal with group facilitation, handing over "
                                "responsibility and evaluating results in a way that "
                                "users can take part in."
                            ),
                            (
                                "A final module addresses the working environment: how "
                                "to talk to managers and funders about empowering "
                                "work, how to document it and how to cope with "
                                "setbacks. Throughout, the material draws on real "
                                "situations from SEMPRE micro projects, from a "
                                "tailoring cooperative in Sweden to a community centre "
                                "in Estonia."
                            ),
                        ],
                    ),
                    (
                        "How to run a module",
                        [
                            (
                                "A typical module takes half a day and combines a "
                                "short input with exercises, role play and discussion "
                                "in small groups. Participants are asked to bring a "
                                "current case from their own work, so that the "
                                "training connects directly with their practice. Where "
                                "possible, service users should be invited as "
                                "co-trainers to share their view of what helps and "
                                "what does not."
                            ),
                            (
                                "After each module, participants agree on one concrete "
                                "step they will try in their own work before the next "
                                "session. Sharing these experiences at the start of "
                                "the following session is often the most valuable part "
                                "of the course. Trainers will find checklists, "
                                "worksheets and suggestions for follow-up in the annex "
                                "to each module."
                            ),
                        ],
                    ),
                ],
            },
        },
    },
    {
        "slug": "organisational-roadmap-for-empowerment",
        "title": "Organisational Roadmap for Empowerment",
        "resource_type": "roadmap",
        "publication_date": "2018-11-27",
        "summary": (
            "A guide that invites leaders of social service providers to rethink their "
            "organisation's role in the social economy. Also available as a pocket "
            "version."
        ),
        "body": [
            (
                "The Organisational Roadmap for Empowerment is written for directors, "
                "managers and board members of social service providers. It invites "
                "them to look at their organisation as a whole and to ask how its "
                "structures, budgets and partnerships support, or hinder, the "
                "involvement of service users in developing and delivering services."
            ),
            (
                "The roadmap describes four stages, from taking stock to anchoring "
                "change, and illustrates each with examples from SEMPRE partners. A "
                "pocket version, published at the final conference in Riga in November "
                "2018, sums up the key questions on a few pages for use in board "
                "meetings and strategy days."
            ),
        ],
        "authors": ["diakonie-schleswig-holstein"],
        "audience": ["service_providers", "policymakers"],
        "themes": ["social-entrepreneurship", "community-life"],
        "pdf": {
            "en": {
                "title": "Organisational Roadmap for Empowerment",
                "subtitle": "A guide for leaders of social service providers",
                "sections": [
                    (
                        "Why leaders matter",
                        [
                            (
                                "Frontline staff can start empowering practice, but "
                                "only leaders can make it last. Decisions about "
                                "budgets, working hours, job descriptions and "
                                "reporting shape what staff can do with service users. "
                                "The Organisational Roadmap for Empowerment invites "
                                "directors, boards and managers of social service "
                                "providers to look at their organisation as a whole "
                                "and to rethink its role in the social economy."
                            ),
                            (
                                "The roadmap draws on the experience of public, "
                                "church-based and non-profit providers in eight "
                                "countries around the Baltic Sea. It is not a fixed "
                                "model. Instead, it offers a sequence of questions and "
                                "steps that each organisation can adapt to its own "
                                "size, mission and legal framework. A shorter pocket "
                                "version summarises the key points for busy readers."
                            ),
                        ],
                    ),
                    (
                        "Stages on the road",
                        [
                            (
                                "The roadmap describes four stages. First, take stock: "
                                "how are service users involved today, and what do "
                                "they say about it? Second, set a direction: agree "
                                "with staff, users and the board on what empowerment "
                                "should mean for your organisation. Third, experiment: "
                                "support a few small pilots, with clear permission to "
                                "learn from mistakes."
                            ),
                            (
                                "Fourth, anchor the change: adjust structures, job "
                                "descriptions, budgets and partnerships so that what "
                                "works can become normal practice. Each stage comes "
                                "with guiding questions, examples from SEMPRE partners "
                                "and warning signs that show when a process is losing "
                                "momentum. Organisations can move back and forth "
                                "between the stages as their situation changes."
                            ),
                        ],
                    ),
                    (
                        "Working with others",
                        [
                            (
                                "No social service provider can empower a community on "
                                "its own. The roadmap encourages leaders to look for "
                                "partners beyond their usual circle: municipalities, "
                                "parishes, libraries, schools, local businesses and "
                                "social enterprises. The Local Empowerment Networks in "
                                "SEMPRE showed that such alliances open doors to "
                                "people who are otherwise hard to reach, and share the "
                                "risk of trying something new."
                            ),
                            (
                                "Partnerships also change how providers present "
                                "themselves to funders and policymakers. Instead of "
                                "asking only for money to deliver services, they can "
                                "offer knowledge of local needs and a track record of "
                                "working with users. The roadmap suggests ways to "
                                "document this contribution and to bring users' voices "
                                "into conversations with decision-makers."
                            ),
                        ],
                    ),
                ],
            },
        },
    },
    {
        "slug": "co-creating-social-services",
        "title": "Co-creating Social Services",
        "resource_type": "brochure",
        "publication_date": "2018-11-27",
        "summary": (
            "Twenty-six micro projects from the SEMPRE partner regions in which "
            "service users and providers co-created new social services, from "
            "cooperatives to meeting points."
        ),
        "body": [
            (
                "The brochure ‘Co-creating Social Services’ presents 26 micro projects "
                "developed in the SEMPRE partner regions. Each short portrait explains "
                "where the idea came from, who was involved, how users and "
                "professionals worked together and what the project has achieved so "
                "far, with photographs from the places where the work happens."
            ),
            (
                "The projects range from informal self-help groups to registered "
                "cooperatives and social enterprises, and they address needs as "
                "different as transport, food, work and loneliness. Taken together, "
                "they show what co-creation looks like in practice and which "
                "conditions help it to succeed in rural areas."
            ),
        ],
        "authors": ["diakonie-schleswig-holstein"],
        "audience": ["public", "service_providers", "policymakers"],
        "themes": [
            "community-life",
            "social-entrepreneurship",
            "employment",
            "food-and-nutrition",
            "mobility",
        ],
        "pdf": {
            "en": {
                "title": "Co-creating Social Services",
                "subtitle": "Micro projects from the SEMPRE partner regions",
                "sections": [
                    (
                        "Twenty-six micro projects",
                        [
                            (
                                "Over three years, the SEMPRE approach gave rise to "
                                "the 26 micro projects presented in this brochure. In "
                                "each of them, people who use social services and "
                                "people who provide them worked together to design "
                                "something new: a cooperative, a meeting point, a "
                                "transport scheme, a training format or a "
                                "neighbourhood activity."
                            ),
                            (
                                "The micro projects differ in many ways: in their "
                                "local setting, in the kind of service they offer and "
                                "in how far users have taken over ownership. Some have "
                                "become cooperatives or social enterprises; others "
                                "prefer to remain informal self-help groups that "
                                "anyone can join. Each description explains the "
                                "starting point, the process and what has changed so "
                                "far."
                            ),
                        ],
                    ),
                    (
                        "What they have in common",
                        [
                            (
                                "Despite their differences, the micro projects share a "
                                "number of features. They were started by people who "
                                "are usually described as clients, and they respond to "
                                "needs that those people named themselves. "
                                "Professionals played an important role, but as "
                                "coaches, door-openers and allies rather than as the "
                                "ones who decided."
                            ),
                            (
                                "They also share a spirit of cooperation and a good "
                                "deal of creativity. Many turned limited resources "
                                "into strengths: a school kitchen that stood empty in "
                                "the afternoon, a sewing skill that no employer had "
                                "noticed, a parish hall that was used once a week. The "
                                "brochure shows how much can grow from such modest "
                                "beginnings."
                            ),
                        ],
                    ),
                    (
                        "What made the difference",
                        [
                            (
                                "Looking across all 26 projects, a few conditions "
                                "stand out. Time was essential: trust and ownership "
                                "grew over months, not weeks. Small amounts of "
                                "flexible money helped teams test ideas quickly. Local "
                                "partners such as municipalities, congregations and "
                                "libraries provided rooms and credibility. And "
                                "professionals who were willing to step back made "
                                "space for users to step forward."
                            ),
                            (
                                "The brochure is meant as inspiration, not as a set of "
                                "templates. Readers working in social services, local "
                                "government or civil society are invited to borrow "
                                "ideas, adapt them to their own context and contact "
                                "the SEMPRE partners to learn more. Several of the "
                                "micro projects continue to welcome visitors and new "
                                "members."
                            ),
                        ],
                    ),
                ],
            },
        },
    },
    {
        "slug": "policy-recommendations",
        "title": "Towards Innovative Social Service Provision in the Baltic Sea Region",
        "resource_type": "policy_recommendations",
        "publication_date": "2019-02-15",
        "summary": (
            "Recommendations for policymakers and service providers on better "
            "conditions for rural social services developed with their users. In "
            "English, German, Estonian, Latvian and Lithuanian."
        ),
        "body": [
            (
                "‘Towards Innovative Social Service Provision in the Baltic Sea "
                "Region’ sums up what SEMPRE's three years of work mean for public "
                "policy. Prepared by Nordregio, the recommendations are addressed to "
                "decision-makers at local, regional, national and European level, and "
                "to the leaders of organisations that provide social services in rural "
                "areas."
            ),
            (
                "They argue that user involvement should become a normal part of how "
                "services are planned, funded and evaluated, and suggest concrete "
                "steps, from flexible funding for small pilots to fairer access to "
                "public procurement for social enterprises. Translations into German, "
                "Estonian, Latvian and Lithuanian were published on 2 December 2019."
            ),
        ],
        "authors": ["nordregio"],
        "audience": ["policymakers", "service_providers", "researchers"],
        "themes": [
            "social-entrepreneurship",
            "community-life",
            "health-and-care",
            "employment",
        ],
        "pdf": {
            "en": {
                "title": (
                    "Towards Innovative Social Service Provision in the Baltic Sea "
                    "Region"
                ),
                "subtitle": "Policy recommendations from the SEMPRE project",
                "sections": [
                    (
                        "Why rural social services need to change",
                        [
                            (
                                "Many rural areas around the Baltic Sea are losing "
                                "inhabitants, and those who stay are, on average, "
                                "older and poorer. Social services have to cover ever "
                                "longer distances with fewer staff. People in "
                                "vulnerable situations feel this first: older people "
                                "living alone, single parents, people with "
                                "disabilities, migrants, long-term unemployed people "
                                "and young people without education or work."
                            ),
                            (
                                "SEMPRE shows that these same people are not only "
                                "recipients of help. When service providers involve "
                                "them in designing and delivering services, new and "
                                "better solutions emerge. Over three years, partners "
                                "in eight countries supported more than 30 micro "
                                "projects in which users and professionals developed "
                                "services together. People in rural areas need "
                                "services that are reliably close at hand, not offices "
                                "that are responsible from afar."
                            ),
                        ],
                    ),
                    (
                        "Recommendations for policymakers",
                        [
                            (
                                "First, make user involvement a standard part of how "
                                "social services are planned, commissioned and "
                                "evaluated, and fund the time it takes. Second, give "
                                "providers flexible funding for small pilot projects, "
                                "with simple applications and room to learn from "
                                "failure. Third, support local networks in which "
                                "municipalities, churches, associations, schools and "
                                "businesses work together."
                            ),
                            (
                                "Fourth, recognise social enterprises and cooperatives "
                                "as partners in rural service provision, and adapt "
                                "public procurement so that they can compete fairly. "
                                "Fifth, invest in the skills of social service staff, "
                                "including training in empowerment and co-creation. "
                                "Sixth, measure success not only by the services "
                                "delivered but also by the confidence, skills and "
                                "participation that people gain."
                            ),
                        ],
                    ),
                    (
                        "Recommendations for service providers",
                        [
                            (
                                "Listen before you plan. Go where people are, come "
                                "back more than once and act visibly on what you hear. "
                                "Offer roles, not only places: let users lead "
                                "activities, take decisions and share responsibility "
                                "for results. Professional support remains essential, "
                                "but its purpose changes, from doing things for people "
                                "to making things possible with them."
                            ),
                            (
                                "Leaders set the tone. Empowering services need "
                                "managers who give their staff time to experiment, who "
                                "accept that not every pilot will succeed and who "
                                "share what they learn with others. The SEMPRE "
                                "Empowerment Handbook, the training modules and the "
                                "Organisational Roadmap for Empowerment offer "
                                "practical help in taking these steps. All of them can "
                                "be downloaded free of charge from the SEMPRE website."
                            ),
                        ],
                    ),
                ],
            },
            "de": {
                "title": (
                    "Auf dem Weg zu innovativen sozialen Dienstleistungen im Ostseeraum"
                ),
                "subtitle": "Handlungsempfehlungen aus dem Projekt SEMPRE",
                "sections": [
                    (
                        (
                            "Warum sich soziale Dienstleistungen auf dem Land "
                            "verändern müssen"
                        ),
                        [
                            (
                                "Viele ländliche Gebiete rund um die Ostsee verlieren "
                                "Einwohnerinnen und Einwohner, und wer bleibt, ist im "
                                "Durchschnitt älter und ärmer. Soziale Dienste müssen "
                                "mit weniger Personal immer größere Entfernungen "
                                "überbrücken. Menschen in schwierigen Lebenslagen "
                                "spüren das zuerst: allein lebende ältere Menschen, "
                                "Alleinerziehende, Menschen mit Behinderungen, "
                                "Zugewanderte, Langzeitarbeitslose und junge Menschen "
                                "ohne Ausbildung oder Arbeit."
                            ),
                            (
                                "SEMPRE zeigt, dass genau diese Menschen nicht nur "
                                "Hilfe empfangen. Wenn Anbieter sie an der Gestaltung "
                                "und Erbringung ihrer Angebote beteiligen, entstehen "
                                "neue und bessere Lösungen. In drei Jahren haben "
                                "Partner in acht Ländern mehr als 30 Mikroprojekte "
                                "unterstützt, in denen Nutzerinnen, Nutzer und "
                                "Fachkräfte gemeinsam Angebote entwickelt haben. "
                                "Menschen auf dem Land brauchen verlässliche Nähe "
                                "statt ferner Zuständigkeiten."
                            ),
                        ],
                    ),
                    (
                        "Handlungsempfehlungen für die Politik",
                        [
                            (
                                "Erstens: Die Beteiligung der Nutzerinnen und Nutzer "
                                "sollte fester Bestandteil der Planung, Vergabe und "
                                "Bewertung sozialer Dienstleistungen werden, und die "
                                "dafür nötige Zeit muss finanziert werden. Zweitens: "
                                "Anbieter brauchen flexible Mittel für kleine "
                                "Pilotprojekte, mit einfachen Anträgen und Raum, auch "
                                "aus Fehlschlägen zu lernen. Drittens: Lokale "
                                "Netzwerke, in denen Kommunen, Kirchen, Vereine, "
                                "Schulen und Unternehmen zusammenarbeiten, verdienen "
                                "gezielte Unterstützung."
                            ),
                            (
                                "Viertens: Sozialunternehmen und Genossenschaften "
                                "sollten als Partner der sozialen Versorgung auf dem "
                                "Land anerkannt und das Vergaberecht so angepasst "
                                "werden, dass sie fair mitbieten können. Fünftens: Es "
                                "lohnt sich, in die Kompetenzen der Fachkräfte zu "
                                "investieren, auch in Fortbildungen zu Empowerment und "
                                "Ko-Kreation. Sechstens: Erfolg sollte nicht nur an "
                                "erbrachten Leistungen gemessen werden, sondern auch "
                                "an dem Selbstvertrauen, den Fähigkeiten und der "
                                "Teilhabe, die Menschen gewinnen."
                            ),
                        ],
                    ),
                    (
                        "Handlungsempfehlungen für Anbieter sozialer Dienstleistungen",
                        [
                            (
                                "Erst zuhören, dann planen. Gehen Sie dorthin, wo die "
                                "Menschen sind, kommen Sie mehr als einmal wieder und "
                                "handeln Sie erkennbar nach dem, was Sie gehört haben. "
                                "Bieten Sie Rollen an, nicht nur Plätze: Lassen Sie "
                                "Nutzerinnen und Nutzer Aktivitäten leiten, "
                                "Entscheidungen treffen und Verantwortung für "
                                "Ergebnisse teilen. Fachliche Unterstützung bleibt "
                                "unverzichtbar, doch ihr Zweck ändert sich: vom "
                                "Handeln für Menschen hin zum Ermöglichen gemeinsam "
                                "mit ihnen."
                            ),
                            (
                                "Leitungskräfte geben den Ton an. Befähigende "
                                "Dienstleistungen brauchen Leitungen, die ihren "
                                "Mitarbeitenden Zeit zum Ausprobieren geben, "
                                "akzeptieren, dass nicht jedes Pilotprojekt gelingt, "
                                "und ihre Erfahrungen mit anderen teilen. Das "
                                "Empowerment-Handbuch von SEMPRE, die "
                                "Fortbildungsmodule und die Organisationale Roadmap "
                                "für Empowerment bieten praktische Hilfe bei diesen "
                                "Schritten. Alle Materialien stehen auf der Website "
                                "von SEMPRE kostenlos zum Herunterladen bereit."
                            ),
                        ],
                    ),
                ],
            },
            "et": {
                "title": "Uuenduslike sotsiaalteenuste poole Läänemere piirkonnas",
                "subtitle": "SEMPRE projekti poliitikasoovitused",
                "sections": [
                    (
                        "Miks peavad maapiirkondade sotsiaalteenused muutuma",
                        [
                            (
                                "Paljud maapiirkonnad Läänemere ümber kaotavad "
                                "elanikke ning need, kes jäävad, on keskmiselt vanemad "
                                "ja vaesemad. Sotsiaalteenused peavad väiksema "
                                "personaliga katma üha pikemaid vahemaid. Haavatavas "
                                "olukorras inimesed tunnevad seda esimesena: üksi "
                                "elavad eakad, üksikvanemad, puuetega inimesed, "
                                "sisserändajad, pikaajalised töötud ning noored, kes "
                                "ei õpi ega tööta."
                            ),
                            (
                                "SEMPRE näitab, et needsamad inimesed ei ole üksnes "
                                "abi saajad. Kui teenuseosutajad kaasavad neid "
                                "teenuste kavandamisse ja osutamisse, sünnivad uued ja "
                                "paremad lahendused. Kolme aasta jooksul toetasid "
                                "partnerid kaheksas riigis enam kui 30 mikroprojekti, "
                                "milles teenuste kasutajad ja spetsialistid arendasid "
                                "teenuseid koos. Maal elavad inimesed vajavad "
                                "teenuseid, mis on usaldusväärselt lähedal, mitte "
                                "ameteid, mis vastutavad kaugelt."
                            ),
                        ],
                    ),
                    (
                        "Soovitused poliitikakujundajatele",
                        [
                            (
                                "Esiteks muutke kasutajate kaasamine sotsiaalteenuste "
                                "kavandamise, tellimise ja hindamise loomulikuks osaks "
                                "ning rahastage selleks kuluvat aega. Teiseks andke "
                                "teenuseosutajatele paindlikku rahastust väikesteks "
                                "katseprojektideks, lihtsate taotluste ja võimalusega "
                                "õppida ka ebaõnnestumistest. Kolmandaks toetage "
                                "kohalikke võrgustikke, kus omavalitsused, kirikud, "
                                "ühendused, koolid ja ettevõtted teevad koostööd."
                            ),
                            (
                                "Neljandaks tunnustage sotsiaalseid ettevõtteid ja "
                                "ühistuid maapiirkondade teenuste pakkumise "
                                "partneritena ning kohandage riigihankeid nii, et nad "
                                "saaksid ausalt konkureerida. Viiendaks investeerige "
                                "sotsiaalvaldkonna töötajate oskustesse, sealhulgas "
                                "võimestamise ja koosloome koolitustesse. Kuuendaks "
                                "mõõtke edu mitte ainult osutatud teenuste järgi, vaid "
                                "ka selle järgi, kui palju enesekindlust, oskusi ja "
                                "osalust inimesed juurde saavad."
                            ),
                        ],
                    ),
                    (
                        "Soovitused teenuseosutajatele",
                        [
                            (
                                "Kuulake enne, kui planeerite. Minge sinna, kus "
                                "inimesed on, tulge tagasi rohkem kui üks kord ja "
                                "tegutsege nähtavalt selle põhjal, mida kuulsite. "
                                "Pakkuge rolle, mitte ainult kohti: laske kasutajatel "
                                "tegevusi juhtida, otsuseid teha ja vastutust "
                                "tulemuste eest jagada. Spetsialistide tugi jääb "
                                "hädavajalikuks, kuid selle eesmärk muutub: inimeste "
                                "eest tegemise asemel luuakse võimalusi koos nendega."
                            ),
                            (
                                "Juhid annavad tooni. Võimestavad teenused vajavad "
                                "juhte, kes annavad töötajatele aega katsetamiseks, "
                                "lepivad sellega, et kõik katseprojektid ei õnnestu, "
                                "ja jagavad oma kogemusi teistega. SEMPRE võimestamise "
                                "käsiraamat, koolitusmoodulid ja organisatsiooni "
                                "võimestamise teekaart pakuvad nende sammude astumisel "
                                "praktilist abi. Kõik need materjalid on SEMPRE "
                                "veebilehelt tasuta alla laaditavad."
                            ),
                        ],
                    ),
                ],
            },
            "lv": {
                "title": (
                    "Ceļā uz inovatīvu sociālo pakalpojumu sniegšanu Baltijas jūras "
                    "reģionā"
                ),
                "subtitle": "Projekta SEMPRE politikas ieteikumi",
                "sections": [
                    (
                        "Kāpēc sociālajiem pakalpojumiem laukos jāmainās",
                        [
                            (
                                "Daudzi lauku apvidi ap Baltijas jūru zaudē "
                                "iedzīvotājus, un tie, kas paliek, vidēji ir vecāki un "
                                "nabadzīgāki. Sociālie pakalpojumi jāsniedz arvien "
                                "lielākos attālumos ar mazāku darbinieku skaitu. "
                                "Cilvēki neaizsargātā situācijā to izjūt pirmie: vieni "
                                "dzīvojoši seniori, vientuļie vecāki, cilvēki ar "
                                "invaliditāti, migranti, ilgstošie bezdarbnieki un "
                                "jaunieši bez izglītības vai darba."
                            ),
                            (
                                "SEMPRE parāda, ka šie paši cilvēki nav tikai "
                                "palīdzības saņēmēji. Ja pakalpojumu sniedzēji viņus "
                                "iesaista pakalpojumu izstrādē un sniegšanā, rodas "
                                "jauni un labāki risinājumi. Trīs gadu laikā partneri "
                                "astoņās valstīs atbalstīja vairāk nekā 30 "
                                "mikroprojektus, kuros pakalpojumu lietotāji un "
                                "speciālisti kopīgi veidoja pakalpojumus. Cilvēkiem "
                                "laukos vajadzīgi pakalpojumi, kas ir droši pieejami "
                                "tuvumā, nevis iestādes, kas atbild no tālienes."
                            ),
                        ],
                    ),
                    (
                        "Ieteikumi politikas veidotājiem",
                        [
                            (
                                "Pirmkārt, padariet lietotāju iesaisti par pastāvīgu "
                                "sociālo pakalpojumu plānošanas, pasūtīšanas un "
                                "izvērtēšanas daļu un finansējiet tam nepieciešamo "
                                "laiku. Otrkārt, nodrošiniet pakalpojumu sniedzējiem "
                                "elastīgu finansējumu nelieliem izmēģinājuma "
                                "projektiem ar vienkāršu pieteikšanos un iespēju "
                                "mācīties arī no neveiksmēm. Treškārt, atbalstiet "
                                "vietējos tīklus, kuros sadarbojas pašvaldības, "
                                "draudzes, biedrības, skolas un uzņēmumi."
                            ),
                            (
                                "Ceturtkārt, atzīstiet sociālos uzņēmumus un "
                                "kooperatīvus par partneriem pakalpojumu sniegšanā "
                                "laukos un pielāgojiet publiskos iepirkumus tā, lai "
                                "tie varētu godīgi konkurēt. Piektkārt, ieguldiet "
                                "sociālo pakalpojumu darbinieku prasmēs, tostarp "
                                "mācībās par spēcināšanu un kopradi. Sestkārt, "
                                "vērtējiet panākumus ne tikai pēc sniegtajiem "
                                "pakalpojumiem, bet arī pēc tā, cik daudz pašapziņas, "
                                "prasmju un līdzdalības iegūst cilvēki."
                            ),
                        ],
                    ),
                    (
                        "Ieteikumi pakalpojumu sniedzējiem",
                        [
                            (
                                "Vispirms ieklausieties, tad plānojiet. Dodieties "
                                "turp, kur ir cilvēki, atgriezieties vairāk nekā vienu "
                                "reizi un redzami rīkojieties atbilstoši tam, ko esat "
                                "dzirdējuši. Piedāvājiet lomas, ne tikai vietas: "
                                "ļaujiet lietotājiem vadīt aktivitātes, pieņemt "
                                "lēmumus un dalīties atbildībā par rezultātiem. "
                                "Speciālistu atbalsts joprojām ir būtisks, taču tā "
                                "mērķis mainās – no darīšanas cilvēku vietā uz iespēju "
                                "radīšanu kopā ar viņiem."
                            ),
                            (
                                "Vadītāji nosaka toni. Spēcinošiem pakalpojumiem "
                                "vajadzīgi vadītāji, kas dod darbiniekiem laiku "
                                "eksperimentēt, pieņem, ka ne katrs izmēģinājuma "
                                "projekts izdosies, un dalās pieredzē ar citiem. "
                                "SEMPRE rokasgrāmata par spēcināšanu, mācību moduļi un "
                                "organizācijas ceļvedis spēcināšanai sniedz praktisku "
                                "palīdzību šo soļu īstenošanā. Visi materiāli ir bez "
                                "maksas lejupielādējami SEMPRE tīmekļa vietnē."
                            ),
                        ],
                    ),
                ],
            },
            "lt": {
                "title": (
                    "Link inovatyvaus socialinių paslaugų teikimo Baltijos jūros "
                    "regione"
                ),
                "subtitle": "SEMPRE projekto politikos rekomendacijos",
                "sections": [
                    (
                        "Kodėl socialinės paslaugos kaime turi keistis",
                        [
                            (
                                "Daug kaimo vietovių aplink Baltijos jūrą netenka "
                                "gyventojų, o tie, kurie lieka, vidutiniškai yra "
                                "vyresni ir skurdesni. Socialines paslaugas tenka "
                                "teikti vis didesniais atstumais, turint mažiau "
                                "darbuotojų. Pažeidžiamoje padėtyje esantys žmonės tai "
                                "pajunta pirmieji: vieni gyvenantys senyvo amžiaus "
                                "žmonės, vieniši tėvai, žmonės su negalia, migrantai, "
                                "ilgalaikiai bedarbiai ir jaunuoliai, kurie nesimoko "
                                "ir nedirba."
                            ),
                            (
                                "SEMPRE rodo, kad šie patys žmonės nėra vien pagalbos "
                                "gavėjai. Kai paslaugų teikėjai įtraukia juos į "
                                "paslaugų kūrimą ir teikimą, atsiranda naujų ir "
                                "geresnių sprendimų. Per trejus metus partneriai "
                                "aštuoniose šalyse parėmė daugiau nei 30 "
                                "mikroprojektų, kuriuose paslaugų gavėjai ir "
                                "specialistai kartu kūrė paslaugas. Kaimo žmonėms "
                                "reikia paslaugų, kurios būtų patikimai arti, o ne "
                                "įstaigų, atsakingų iš toli."
                            ),
                        ],
                    ),
                    (
                        "Rekomendacijos politikos formuotojams",
                        [
                            (
                                "Pirma, paverskite paslaugų gavėjų įtraukimą nuolatine "
                                "socialinių paslaugų planavimo, užsakymo ir vertinimo "
                                "dalimi ir finansuokite tam reikalingą laiką. Antra, "
                                "suteikite paslaugų teikėjams lankstų finansavimą "
                                "nedideliems bandomiesiems projektams, su paprastomis "
                                "paraiškomis ir galimybe mokytis ir iš nesėkmių. "
                                "Trečia, remkite vietos tinklus, kuriuose "
                                "bendradarbiauja savivaldybės, bažnyčios, asociacijos, "
                                "mokyklos ir įmonės."
                            ),
                            (
                                "Ketvirta, pripažinkite socialines įmones ir "
                                "kooperatyvus kaimo paslaugų teikimo partneriais ir "
                                "pritaikykite viešuosius pirkimus taip, kad jie galėtų "
                                "sąžiningai konkuruoti. Penkta, investuokite į "
                                "socialinių paslaugų darbuotojų kompetencijas, "
                                "įskaitant mokymus apie įgalinimą ir bendrakūrą. "
                                "Šešta, vertinkite sėkmę ne tik pagal suteiktas "
                                "paslaugas, bet ir pagal tai, kiek pasitikėjimo "
                                "savimi, įgūdžių ir dalyvavimo įgyja žmonės."
                            ),
                        ],
                    ),
                    (
                        "Rekomendacijos paslaugų teikėjams",
                        [
                            (
                                "Pirmiausia išklausykite, tada planuokite. Eikite ten, "
                                "kur yra žmonės, sugrįžkite ne vieną kartą ir matomai "
                                "veikite pagal tai, ką išgirdote. Siūlykite vaidmenis, "
                                "o ne tik vietas: leiskite paslaugų gavėjams vadovauti "
                                "veikloms, priimti sprendimus ir dalytis atsakomybe už "
                                "rezultatus. Specialistų pagalba išlieka būtina, "
                                "tačiau keičiasi jos paskirtis – ne daryti už žmones, "
                                "o kurti galimybes kartu su jais."
                            ),
                            (
                                "Toną nustato vadovai. Įgalinančioms paslaugoms reikia "
                                "vadovų, kurie suteikia darbuotojams laiko "
                                "eksperimentuoti, sutinka, kad ne kiekvienas "
                                "bandomasis projektas pavyks, ir dalijasi patirtimi su "
                                "kitais. SEMPRE įgalinimo vadovas, mokymo moduliai ir "
                                "organizacinis įgalinimo kelrodis suteikia praktinės "
                                "pagalbos žengiant šiuos žingsnius. Visą medžiagą "
                                "galima nemokamai atsisiųsti iš SEMPRE svetainės."
                            ),
                        ],
                    ),
                ],
            },
        },
    },
]

# Appears only in the German PDF text of the policy recommendations.
PDF_ONLY_PHRASE_DE = "verlässliche Nähe statt ferner Zuständigkeiten"

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About SEMPRE",
        "summary": (
            "Why SEMPRE was set up, how it worked and what it achieved in eight "
            "countries around the Baltic Sea."
        ),
        "body": [
            {"type": "heading", "text": "Why SEMPRE"},
            (
                "Many rural communities around the Baltic Sea are shrinking and "
                "ageing. Young and qualified people move to the cities, public budgets "
                "are tight and social services are concentrated in the larger towns. "
                "Those who stay with the fewest choices, such as older people, people "
                "with disabilities, single parents, migrants and young people without "
                "work, risk being cut off from the services and opportunities they "
                "need."
            ),
            (
                "At the same time, many social service providers in rural areas lack "
                "the staff, time and methods to develop new services. SEMPRE, short "
                "for Social Empowerment in Rural Areas, set out to change that by "
                "helping providers to involve service users as partners, so that "
                "people in vulnerable situations gain more say over their own future "
                "and over the services in their community."
            ),
            {"type": "heading", "text": "How it worked"},
            (
                "Each partner chose one or more target groups and set up a Local "
                "Empowerment Network with public and private organisations in its "
                "region, such as municipalities, parishes, libraries and day-care "
                "centres. With their help, network coordinators reached service users "
                "and used empowerment tools to explore needs and ideas together with "
                "them, often in places where formal services rarely go."
            ),
            (
                "In micro projects, teams of users and providers then developed new "
                "services or improved existing ones, supported by coaching, advice and "
                "training from the partners. Network coordinators from all eight "
                "countries met regularly to compare tools and results, and turned "
                "their experience into publications for other service providers and "
                "for policymakers."
            ),
            {
                "type": "quote",
                "text": "Make Empowerment Happen!",
                "attribution": (
                    "Motto of the SEMPRE final conference, Riga, November 2018"
                ),
            },
            {"type": "heading", "text": "What it achieved"},
            (
                "Between March 2016 and February 2019, the sixteen partners set up "
                "Local Empowerment Networks in eight countries and supported more than "
                "30 micro projects, 26 of which are presented in the brochure "
                "‘Co-creating Social Services’. Eighteen were showcased at the final "
                "conference in Riga. The results also include a handbook, training "
                "modules, an organisational roadmap and policy recommendations."
            ),
            (
                "The follow-up project SEMPRE Accelerators for Service Co-Creation ran "
                "from September 2019 to mid-2021 and helped eight of the most "
                "promising micro projects grow into self-sustaining social start-ups. "
                "SEMPRE was funded by the European Union through the European Regional "
                "Development Fund, as part of the Interreg Baltic Sea Region Programme "
                "2014–2020."
            ),
        ],
    },
    {
        "slug": "key-facts",
        "title": "Key facts",
        "summary": "Programme, lifetime, budget and partnership of SEMPRE at a glance.",
        "body": [
            (
                "SEMPRE was funded under the innovation priority of the Interreg "
                "Baltic Sea Region Programme 2014–2020, within its objective on "
                "non-technological innovation. That objective supports new ways of "
                "organising services and cooperation rather than new technology, which "
                "made it a good fit for a project about how social services are "
                "designed and delivered."
            ),
            {
                "type": "facts",
                "heading": "SEMPRE at a glance",
                "items": [
                    (
                        "Programme",
                        (
                            "Interreg Baltic Sea Region 2014–2020 (European Regional "
                            "Development Fund)"
                        ),
                    ),
                    ("Priority", "1 – Capacity for innovation"),
                    ("Specific objective", "1.3 – Non-technological innovation"),
                    ("Lifetime", "March 2016 – February 2019"),
                    (
                        "Follow-up project",
                        (
                            "SEMPRE Accelerators for Service Co-Creation, September "
                            "2019 – mid-2021"
                        ),
                    ),
                    ("Total budget", "€4,860,664.11"),
                    ("ERDF co-financing", "€3,827,755.48"),
                    (
                        "Lead partner",
                        "Diakonisches Werk Schleswig-Holstein, Rendsburg, Germany",
                    ),
                    (
                        "Partnership",
                        (
                            "16 partners from Denmark, Estonia, Finland, Germany, "
                            "Latvia, Lithuania, Poland and Sweden"
                        ),
                    ),
                ],
            },
            (
                "The German partners also received support from the Federal Programme "
                "for Transnational Cooperation (Bundesprogramm Transnationale "
                "Zusammenarbeit). The follow-up project, SEMPRE Accelerators for "
                "Service Co-Creation, was funded under the same Interreg programme and "
                "set out to turn eight of the most promising micro projects into "
                "social start-ups that can stand on their own feet."
            ),
        ],
    },
    {
        "slug": "contact",
        "title": "Contact",
        "summary": "How to reach the SEMPRE lead partner in Rendsburg.",
        "body": [
            (
                "SEMPRE was coordinated by its lead partner, Diakonisches Werk "
                "Schleswig-Holstein. If you have questions about the project, its "
                "publications or the follow-up project SEMPRE Accelerators, please "
                "write to the project coordinator at the address below. Enquiries "
                "about individual micro projects or regions will be passed on to the "
                "partner concerned."
            ),
            {
                "type": "facts",
                "heading": "Lead partner",
                "items": [
                    ("Organisation", "Diakonisches Werk Schleswig-Holstein"),
                    ("Contact", "SEMPRE project coordinator"),
                    ("Address", "Kanalufer 48, 24768 Rendsburg, Germany"),
                ],
            },
            (
                "For questions about a particular country or Local Empowerment "
                "Network, you can also contact the partner organisations directly. "
                "Their details, including links to their own websites where available, "
                "are listed on the partner pages. Please bear in mind that SEMPRE "
                "itself has ended: some micro projects continue independently and may "
                "have their own contact points."
            ),
            (
                "If you come across a barrier on this website or cannot open one of "
                "our documents, please let us know by letter to the address above, "
                "naming the page or document concerned. We will try to provide the "
                "information in an accessible form and to remove the barrier as "
                "quickly as we can."
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "summary": (
            "This website uses no cookies and no tracking. Here is what we record, and "
            "what we do not."
        ),
        "body": [
            {"type": "heading", "text": "In short"},
            (
                "This website does not set cookies, does not use analytics or tracking "
                "services and does not embed content from social networks that could "
                "follow you around the web. You can read every page and download every "
                "publication without registering, and we neither build profiles of our "
                "visitors nor pass information about them to anyone else."
            ),
            {"type": "heading", "text": "Server logs"},
            (
                "Like every web server, ours records technical information whenever a "
                "page is requested: the date and time, the address of the page, the "
                "type of browser and the IP address of the requesting device. We need "
                "these logs to keep the site secure and working. They are deleted "
                "automatically after a short period and are never combined with other "
                "data."
            ),
            {"type": "heading", "text": "Download counts"},
            (
                "To understand which publications are useful, we count how often each "
                "document is downloaded. The counter simply increases a number stored "
                "next to the file; it does not record who downloaded the document, "
                "from where or at what time. These figures contain no personal data "
                "and cannot be traced back to individual visitors."
            ),
            {"type": "heading", "text": "Your rights"},
            (
                "Under the General Data Protection Regulation you have the right to "
                "ask which data about you we hold, to have it corrected or deleted, "
                "and to lodge a complaint with a data protection supervisory "
                "authority. Because we collect so little, there is usually nothing to "
                "report beyond server logs. Please use the contact page if you have "
                "any questions."
            ),
        ],
    },
    {
        "slug": "accessibility-statement",
        "title": "Accessibility statement",
        "summary": (
            "How accessible this website is, which content is not yet fully accessible "
            "and how to tell us about barriers."
        ),
        "body": [
            (
                "The SEMPRE partnership is committed to making this website accessible "
                "in accordance with Directive (EU) 2016/2102 on the accessibility of "
                "the websites and mobile applications of public sector bodies. This "
                "accessibility statement applies to the SEMPRE project website, "
                "including its pages on partners, networks, micro projects, news and "
                "publications."
            ),
            {"type": "heading", "text": "Compliance status"},
            (
                "This website is partially conformant with the Web Content "
                "Accessibility Guidelines (WCAG) 2.1 at level AA. Partially conformant "
                "means that some parts of the content do not yet fully meet the "
                "standard. The content concerned is listed below, and we are working "
                "to remove the remaining barriers as part of the regular maintenance "
                "of the site."
            ),
            {"type": "heading", "text": "Non-accessible content"},
            (
                "We are not aware of any web pages on this site that fail to meet the "
                "standard. However, some PDF documents, in particular older project "
                "outputs produced between 2017 and 2019, may not be fully accessible: "
                "headings may not be tagged, the reading order may be wrong and images "
                "may lack text alternatives. If you need one of these documents in an "
                "accessible format, please contact us."
            ),
            {"type": "heading", "text": "Disproportionate burden"},
            (
                "We do not invoke the exemption for a disproportionate burden "
                "(Article 5 of the Directive) for any content of this website."
            ),
            {"type": "heading", "text": "Content outside the scope of the Directive"},
            (
                "Office files such as PDF documents published before 23 September 2018 "
                "are outside the scope of the Directive (Article 1(4)(a)) unless they "
                "are needed for active administrative processes. We still provide them "
                "in an accessible format on request."
            ),
            {"type": "heading", "text": "Preparation of this statement"},
            (
                "This statement was prepared on 22 November 2026. The assessment was "
                "carried out as a self-assessment by the website team, who checked "
                "templates and content against WCAG 2.1 level AA through manual "
                "testing with keyboard and screen reader and with automated checking "
                "tools. The statement will be reviewed whenever the website changes "
                "significantly, and at least once a year."
            ),
            {"type": "heading", "text": "Technologies this website relies on"},
            (
                "The website relies on HTML, CSS and WAI-ARIA; it does not need "
                "JavaScript. Every page type is checked in the Chromium browser at "
                "screen widths of 320, 375 and 1280 pixels, by keyboard only, and with "
                "the axe-core accessibility checker."
            ),
            {"type": "heading", "text": "Feedback and contact information"},
            (
                "If you notice a barrier on this website, or need information in a "
                "different format, please get in touch through our contact page and "
                "tell us which page or document is concerned. We will reply as soon as "
                "possible and in any case within the time limits set by the applicable "
                "national law."
            ),
            {"type": "heading", "text": "Enforcement procedure"},
            (
                "If you are not satisfied with our response to your feedback or "
                "request, you can turn to the national enforcement body responsible "
                "for web accessibility in your country. Every member state of the "
                "European Union has designated such a body to monitor compliance with "
                "the Web Accessibility Directive and to deal with complaints from "
                "users."
            ),
        ],
    },
]
