extension Library {
  /// Every library that exposes names to cells registers here.
  func registerModules() {
    registerNumerics()
    registerFloatingRanges()
    registerFigures()
    registerData()
    registerNeuralNetworks()
    registerTraining()
    registerSearch()
  }
}
