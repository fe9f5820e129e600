extension Library {
  /// Every library that exposes names to cells registers here.
  func registerModules() {
    registerNumerics()
    registerFloatingRanges()
    registerStringRanges()
    registerFigures()
    registerData()
    registerNeuralNetworks()
    registerTraining()
    registerSearch()
  }
}
