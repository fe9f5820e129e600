enum Planet: Int, CaseIterable {
  case mercury = 1, venus, earth, mars
}

print(Planet.earth.rawValue)
print(Planet(rawValue: 4) ?? .mercury)
print(Planet.allCases.count)
for p in Planet.allCases { print(p, p.rawValue) }
